import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdminPageHeader } from "@/components/admin-page-header";
import { type Column, DataTable } from "@/components/ui/data-table";
import { StatusMessage } from "@/components/ui/status-message";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { type OutboxNotice, listUndeliveredNotices } from "@/lib/services/ops/notice-outbox";
import { retryNoticeAction } from "./actions";
import { RetryButton } from "./retry-button";

export async function generateMetadata() {
  return { title: (await getTranslations("admin"))("mailOutbox.title") };
}

/**
 * The outbox for admins: notices waiting, failing and retrying, and dead letters with "retry".
 * Admins see the address (to judge a bounce), never a body: a pending one can hold a sign-in link.
 */
export default async function MailOutboxPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  await connection();
  await requirePermission("admin.manage");
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const { done } = await searchParams;
  const { rows, counts } = await listUndeliveredNotices(await getDb());
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const columns: Column<OutboxNotice>[] = [
    {
      key: "state",
      header: t("mailOutbox.state"),
      cell: (r) => <span data-testid="notice-state">{t(`mailOutbox.states.${r.state}`)}</span>,
    },
    { key: "channel", header: t("mailOutbox.channel"), cell: (r) => t(`mailOutbox.channels.${r.channel}`) },
    { key: "to", header: t("mailOutbox.to"), cell: (r) => <span className="break-all">{r.toAddress}</span> },
    { key: "subject", header: t("mailOutbox.subject"), cell: (r) => r.subject || "—" },
    { key: "attempts", header: t("mailOutbox.attempts"), numeric: true, cell: (r) => r.attempts },
    {
      key: "next",
      header: t("mailOutbox.nextAttempt"),
      cell: (r) => (r.state === "dead" ? "—" : when(r.nextAttemptAt)),
    },
    {
      key: "error",
      header: t("mailOutbox.error"),
      cell: (r) => (r.error ? <span className="font-mono text-xs">{r.error}</span> : "—"),
    },
    { key: "created", header: t("mailOutbox.created"), cell: (r) => when(r.createdAt) },
    {
      key: "retry",
      header: t("mailOutbox.action"),
      cell: (r) =>
        r.state === "dead" ? (
          <RetryButton
            action={retryNoticeAction.bind(null, r.id)}
            label={t("mailOutbox.retry")}
            pendingLabel={t("mailOutbox.retrying")}
          />
        ) : null,
    },
  ];
  return (
    <div className="space-y-6">
      <AdminPageHeader backLabel={t("back")} title={t("mailOutbox.title")} intro={t("mailOutbox.intro")} />
      <StatusMessage>{done === "retried" ? t("mailOutbox.retried") : null}</StatusMessage>
      <dl className="grid gap-3 sm:grid-cols-3">
        {(["pending", "retrying", "dead"] as const).map((state) => (
          <div key={state} className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-600">{t(`mailOutbox.states.${state}`)}</dt>
            <dd className="text-2xl font-semibold" data-testid={`count-${state}`}>
              {counts[state]}
            </dd>
          </div>
        ))}
      </dl>
      <DataTable
        caption={t("mailOutbox.caption")}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        empty={t("mailOutbox.empty")}
      />
    </div>
  );
}
