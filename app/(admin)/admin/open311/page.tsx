import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { InlineActionForm } from "@/components/inline-action-form";
import { type Column, DataTable } from "@/components/ui/data-table";
import { StatusMessage } from "@/components/ui/status-message";
import { getDb } from "@/db/client";
import { listOpen311Clients } from "@/db/queries/open311";
import { requirePermission } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { revokeApiKeyAction, issueApiKeyAction } from "./actions";
import { IssueKeyForm } from "./issue-key-form";

export async function generateMetadata() {
  return { title: (await getTranslations("open311"))("admin.title") };
}

/** The Open311 clients (docs/open311.md#api-keys): issue a key (shown once), revoke one. */
export default async function AdminOpen311Page({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  await connection();
  await requirePermission("admin.manage");
  const t = await getTranslations("open311.admin");
  const tAdmin = await getTranslations("admin");
  const locale = await getLocale();
  const { done } = await searchParams;
  const rows = await listOpen311Clients(await getDb());
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: await getTimeZone(),
  });
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    { key: "name", header: t("name"), cell: (r) => r.name },
    { key: "prefix", header: t("keyPrefix"), cell: (r) => <code className="font-mono">{r.keyPrefix}…</code> },
    { key: "rate", header: t("rate"), cell: (r) => <span className="tabular-nums">{r.requestsPerMinute}</span> },
    { key: "created", header: t("created"), cell: (r) => dateTime.format(r.createdAt) },
    { key: "status", header: t("status"), cell: (r) => (r.revokedAt ? t("revoked") : t("active")) },
    {
      key: "revoke",
      header: t("revoke"),
      cell: (r) =>
        r.revokedAt ? (
          "—"
        ) : (
          <InlineActionForm
            action={revokeApiKeyAction.bind(null, r.id)}
            label={t("revoke")}
            ariaLabel={t("revokeLabel", { name: r.name })}
          />
        ),
    },
  ];
  const caption = t("caption", { count: rows.length });
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <p>
          <Link href="/admin" className="text-brand-700 underline">
            {tAdmin("title")}
          </Link>
        </p>
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="text-slate-700">{t("lead")}</p>
        <p className="break-all text-slate-700">{t("endpoint", { url: `${env().appUrl}/open311/v2/` })}</p>
      </div>
      <StatusMessage>{done === "revoked" ? t("done.revoked") : null}</StatusMessage>
      <IssueKeyForm
        action={issueApiKeyAction}
        labels={{
          title: t("issueTitle"),
          name: t("fields.name"),
          rate: t("fields.requestsPerMinute"),
          submit: t("submit"),
          pending: t("pending"),
          issued: t("issued"),
        }}
      />
      <section aria-labelledby="clients-heading" className="space-y-3">
        <h2 id="clients-heading" className="text-xl font-semibold">
          {caption}
        </h2>
        <DataTable caption={caption} columns={columns} rows={rows} rowKey={(r) => r.id} empty={t("empty")} />
      </section>
    </div>
  );
}
