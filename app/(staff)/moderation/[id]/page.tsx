import { parseId } from "@/lib/validation/common";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { CaseActionForm } from "@/components/case-action-form";
import { type Column, DataTable } from "@/components/ui/data-table";
import { StatusMessage } from "@/components/ui/status-message";
import { getDb } from "@/db/client";
import { listActiveUnits } from "@/db/queries/metrics";
import { loadPetition, moderationHistory } from "@/db/queries/petitions";
import { requirePermission } from "@/lib/auth/session";
import { REJECTION_CODES } from "@/lib/domain/petitions/lifecycle";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { serviceContext } from "@/lib/services/context";
import { type TrendRow, trendingSources } from "@/lib/services/petitions/fraud";
import { approveAction, flagAction, hearingAction, invalidateAction, rejectAction, unflagAction } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("petitions"))("moderation.title") };
}

/** One petition for a moderator: decide, flag, watch where signatures come from, invalidate, record the hearing. */
export default async function ModeratePetitionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string; count?: string }>;
}) {
  await connection();
  await requirePermission("petition.moderate");
  const id = parseId((await params).id);
  if (id === null) notFound();
  const db = await getDb();
  const row = await loadPetition(db, id);
  if (!row) notFound();
  const p = row.petition;
  const t = await getTranslations("petitions");
  const locale = (await getLocale()) as Locale;
  const timeZone = await getTimeZone();
  const { done, count } = await searchParams;
  const ctx = await serviceContext({ db });
  const [unitList, history, byIp, byDomain] = await Promise.all([
    listActiveUnits(db),
    moderationHistory(db, id),
    trendingSources(id, "ip", ctx),
    trendingSources(id, "domain", ctx),
  ]);
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  const trendColumns = (header: string): Column<TrendRow>[] => [
    { key: "hour", header: t("moderation.hour"), cell: (r) => time.format(r.hour) },
    { key: "key", header, cell: (r) => <span className="font-mono">{r.key}</span> },
    { key: "n", header: t("page.signaturesHeader"), numeric: true, cell: (r) => r.signatures },
  ];
  type LogRow = (typeof history)[number];
  const logColumns: Column<LogRow>[] = [
    { key: "when", header: t("moderation.when"), cell: (r) => time.format(r.occurredAt) },
    { key: "who", header: t("moderation.who"), cell: (r) => r.actor ?? t("moderation.system") },
    {
      key: "what",
      header: t("moderation.what"),
      cell: (r) => [r.action, r.detail, r.affected === null ? null : `(${r.affected})`].filter(Boolean).join(" "),
    },
  ];
  return (
    <div className="max-w-5xl space-y-8">
      <p>
        <Link href="/moderation" className="text-brand-700 underline">
          {t("moderation.back")}
        </Link>
      </p>
      <header className="space-y-1">
        <p className="text-sm uppercase text-slate-600">
          {t(`status.${p.status}`)} · {localized(locale, row.categoryZh, row.categoryEn)} ·{" "}
          {t("signatures", { count: p.signatureCount, formatted: String(p.signatureCount) })}
        </p>
        <h1 className="text-3xl font-bold text-brand-900">{p.title}</h1>
        <p>
          <Link href={`/petitions/${p.id}`} className="text-brand-700 underline">
            {t("moderation.publicPage")}
          </Link>
        </p>
      </header>
      <StatusMessage>
        {done
          ? t(
              `moderation.done.${done === "invalidated" ? "invalidated" : done === "approved" ? "approved" : done === "rejected" ? "rejected" : done === "hearing" ? "hearing" : done === "unflagged" ? "unflagged" : "flagged"}`,
              { count: Number(count ?? 0) },
            )
          : null}
      </StatusMessage>
      {p.flaggedAt ? (
        <p role="note" className="rounded border border-amber-600 bg-amber-50 p-3">
          {t("moderation.flaggedNote", { note: p.flagNote ?? "" })}
        </p>
      ) : null}
      <section className="space-y-2">
        <h2 className="text-xl font-semibold">{t("page.asks")}</h2>
        <p className="whitespace-pre-line">{p.action}</p>
        {p.background ? <p className="whitespace-pre-line text-slate-700">{p.background}</p> : null}
      </section>

      <div className="grid gap-6 md:grid-cols-2">
        {p.status === "moderation" ? (
          <>
            <CaseActionForm
              title={t("moderation.approveTitle")}
              description={t("moderation.approveLead")}
              fields={[
                {
                  kind: "select",
                  name: "responsibleUnitId",
                  label: t("moderation.unit"),
                  placeholder: t("moderation.chooseUnit"),
                  options: unitList.map((u) => ({ value: String(u.id), label: localized(locale, u.nameZh, u.nameEn) })),
                },
              ]}
              action={approveAction.bind(null, p.id)}
              submitLabel={t("moderation.approve")}
              pendingLabel={t("pending")}
            />
            <CaseActionForm
              title={t("moderation.rejectTitle")}
              description={t("moderation.rejectLead")}
              fields={[
                {
                  kind: "radios",
                  name: "code",
                  label: t("moderation.reason"),
                  options: REJECTION_CODES.map((code) => ({ value: code, label: t(`rejection.${code}`) })),
                },
                { kind: "textarea", name: "note", label: t("moderation.note") },
              ]}
              action={rejectAction.bind(null, p.id)}
              submitLabel={t("moderation.reject")}
              pendingLabel={t("pending")}
            />
          </>
        ) : null}
        {p.flaggedAt ? (
          <CaseActionForm
            title={t("moderation.unflagTitle")}
            fields={[]}
            action={unflagAction.bind(null, p.id)}
            submitLabel={t("moderation.unflag")}
            pendingLabel={t("pending")}
          />
        ) : (
          <CaseActionForm
            title={t("moderation.flagTitle")}
            description={t("moderation.flagLead")}
            fields={[{ kind: "textarea", name: "note", label: t("moderation.note") }]}
            action={flagAction.bind(null, p.id)}
            submitLabel={t("moderation.flag")}
            pendingLabel={t("pending")}
          />
        )}
        {p.status === "open" || p.status === "closed" ? (
          <CaseActionForm
            title={t("moderation.invalidateTitle")}
            description={t("moderation.invalidateLead", { timeZone: await getTimeZone() })}
            fields={[
              {
                kind: "radios",
                name: "by",
                label: t("moderation.invalidateBy"),
                options: (["ip", "domain", "window"] as const).map((by) => ({
                  value: by,
                  label: t(`moderation.by.${by}`),
                })),
              },
              { kind: "text", name: "value", label: t("moderation.invalidateValue") },
              { kind: "text", name: "from", label: t("moderation.windowFrom") },
              { kind: "text", name: "to", label: t("moderation.windowTo") },
            ]}
            action={invalidateAction.bind(null, p.id)}
            submitLabel={t("moderation.invalidate")}
            pendingLabel={t("pending")}
          />
        ) : null}
        {p.debateThresholdAt || p.hearingDate ? (
          <CaseActionForm
            title={t("moderation.hearingTitle")}
            fields={[
              { kind: "date", name: "hearingDate", label: t("moderation.hearingDate") },
              { kind: "textarea", name: "hearingOutcome", label: t("moderation.hearingOutcome") },
            ]}
            initialValues={{ hearingDate: p.hearingDate ?? "", hearingOutcome: p.hearingOutcome ?? "" }}
            action={hearingAction.bind(null, p.id)}
            submitLabel={t("moderation.saveHearing")}
            pendingLabel={t("pending")}
          />
        ) : null}
      </div>

      <section aria-labelledby="trend-heading" className="space-y-3">
        <h2 id="trend-heading" className="text-xl font-semibold">
          {t("moderation.trendTitle")}
        </h2>
        <p className="text-sm text-slate-700">{t("moderation.trendLead")}</p>
        <DataTable
          caption={t("moderation.trendIp")}
          columns={trendColumns(t("moderation.address"))}
          rows={byIp}
          rowKey={(r) => `${r.hour.toISOString()}-${r.key}`}
          empty={t("moderation.trendEmpty")}
        />
        <DataTable
          caption={t("moderation.trendDomain")}
          columns={trendColumns(t("moderation.domain"))}
          rows={byDomain}
          rowKey={(r) => `${r.hour.toISOString()}-${r.key}`}
          empty={t("moderation.trendEmpty")}
        />
      </section>
      <section aria-labelledby="log-heading" className="space-y-2">
        <h2 id="log-heading" className="text-xl font-semibold">
          {t("moderation.logTitle")}
        </h2>
        <DataTable
          caption={t("moderation.logTitle")}
          columns={logColumns}
          rows={history}
          rowKey={(r) => r.id}
          empty={t("moderation.logEmpty")}
        />
      </section>
    </div>
  );
}
