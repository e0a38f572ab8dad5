import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { CaseActionForm } from "@/components/case-action-form";
import { StatusMessage } from "@/components/ui/status-message";
import { getDb } from "@/db/client";
import { findRectification } from "@/db/queries/rectifications";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/domain/access/roles";
import { redactText } from "@/lib/domain/privacy/redaction";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { idSchema } from "@/lib/validation/common";
import { decideRectificationAction } from "../actions";
import { RectificationDetails } from "../rectification-details";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  return { title: (await getTranslations("rectifications"))("number", { id: id.success ? id.data : 0 }) };
}

/** One rectification for the supervisors: the plan, the completion report, and the decision on it. */
export default async function SupervisionRectificationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  await connection();
  const actor = await requirePermission("supervision.view");
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const db = await getDb();
  const found = await findRectification(db, parsed.data);
  if (!found) notFound();
  const [t, calendar, { done }] = await Promise.all([
    getTranslations("rectifications"),
    loadCalendar(db),
    searchParams,
  ]);
  // The board reads the unit's texts with personal data removed (observers too).
  const row = {
    ...found,
    plan: found.plan === null ? null : redactText(found.plan),
    report: found.report === null ? null : redactText(found.report),
  };
  return (
    <div className="space-y-6">
      <p>
        <Link href="/supervision/rectifications" className="text-brand-700 underline">
          {t("detail.backToBoard")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("number", { id: row.id })}</h1>
      <StatusMessage>{done === "decided" ? t("done.decided") : null}</StatusMessage>
      <RectificationDetails row={row} calendar={calendar} now={new Date()} />
      {row.status === "reported" && can(actor.role, "supervision.act") ? (
        <CaseActionForm
          title={t("decide.title")}
          action={decideRectificationAction.bind(null, row.id)}
          submitLabel={t("decide.submit")}
          pendingLabel={t("decide.pending")}
          fields={[
            {
              kind: "radios",
              name: "decision",
              label: t("decide.decision"),
              options: [
                { value: "accepted", label: t("decide.accept") },
                { value: "sent_back", label: t("decide.sendBack") },
              ],
            },
            { kind: "textarea", name: "reason", label: t("decide.reason"), rows: 3 },
          ]}
        />
      ) : null}
    </div>
  );
}
