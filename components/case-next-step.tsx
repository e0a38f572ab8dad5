import { getTranslations } from "next-intl/server";
import { CASE_STATUSES, type CaseStatus } from "@/lib/domain/cases/lifecycle";
import type { NextStep } from "@/lib/domain/cases/next-step";

/**
 * "What happens next" on a citizen's case (the tracking page, the filing receipt): who has it,
 * by when the next step is due, what the citizen can do now, how a closed case ended, and what
 * every status means. The rule is lib/domain/cases/next-step.ts; `due` is the date as shown.
 */
export async function CaseNextStep({
  status,
  step,
  unit,
  due,
}: {
  status: CaseStatus;
  step: NextStep;
  unit: string | null;
  due: string | null;
}) {
  const [t, statusName] = await Promise.all([getTranslations("nextSteps"), getTranslations("status")]);
  const noDue = status === "submitted" || status === "disputed" || status === "awaiting_citizen" ? status : null;
  return (
    <section aria-labelledby="next-step-heading" className="space-y-3 rounded-lg border border-brand-100 bg-white p-4">
      <h2 id="next-step-heading" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p>
        {step.resolution
          ? t(`resolution.${step.resolution}`)
          : t(`holder.${step.holder}`, { unit: unit ?? t("someUnit") })}
      </p>
      {step.due && due ? (
        <p className="font-medium">
          {t(`due.${step.due.kind}`, { date: due })}{" "}
          {step.due.overdue ? <span className="text-red-800">{t("overdue")}</span> : null}
        </p>
      ) : noDue ? (
        <p>{t(`noDue.${noDue}`)}</p>
      ) : null}
      {step.due ? <p className="text-sm text-slate-600">{t("workingDays")}</p> : null}
      <h3 className="font-semibold">{t("youCanTitle")}</h3>
      <p>{t(`youCan.${status}`)}</p>
      <details className="text-sm">
        <summary className="min-h-6 cursor-pointer text-brand-700 underline">{t("statusesTitle")}</summary>
        <dl className="mt-2 space-y-1">
          {CASE_STATUSES.map((s) => (
            <div key={s} className={s === status ? "font-semibold" : undefined}>
              <dt className="inline">{statusName(s)}: </dt>
              <dd className="inline">{t(`meaning.${s}`)}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}
