import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { AdminPageHeader } from "@/components/admin-page-header";
import { type Column, DataTable } from "@/components/ui/data-table";
import { getDb } from "@/db/client";
import { listAdminChanges } from "@/db/queries/audit";
import { requirePermission } from "@/lib/auth/session";
import { AUDIT_AREAS, auditChanges, isAuditArea } from "@/lib/domain/admin/audit-diff";
import type { Locale } from "@/lib/i18n/locales";

const PAGE_ROWS = 50;

export async function generateMetadata() {
  return { title: (await getTranslations("adminOrg"))("audit.title") };
}

/** Every administrative change, newest first: who, when, what, and each field before and after. */
export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<{ area?: string; before?: string }>;
}) {
  await connection();
  await requirePermission("admin.manage");
  const t = await getTranslations("adminOrg");
  const locale = (await getLocale()) as Locale;
  const timeZone = await getTimeZone();
  const { area: areaParam, before: beforeParam } = await searchParams;
  const area = isAuditArea(areaParam) ? areaParam : null;
  const beforeId = Number(beforeParam);
  const db = await getDb();
  const rows = await listAdminChanges(db, {
    area,
    beforeId: Number.isInteger(beforeId) && beforeId > 0 ? beforeId : null,
    limit: PAGE_ROWS + 1,
  });
  const shown = rows.slice(0, PAGE_ROWS);
  const older = rows.length > PAGE_ROWS ? shown.at(-1)?.id : undefined;
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "medium", timeZone });
  type Row = (typeof shown)[number];
  const columns: Column<Row>[] = [
    {
      key: "when",
      header: t("audit.when"),
      cell: (r) => <time dateTime={r.occurredAt.toISOString()}>{when.format(r.occurredAt)}</time>,
    },
    {
      key: "who",
      header: t("audit.who"),
      cell: (r) => (r.email ? `${r.name ?? ""} ${r.email}`.trim() : t("audit.system")),
    },
    {
      key: "what",
      header: t("audit.what"),
      cell: (r) => (
        <>
          {t.has(`audit.actions.${r.action}` as never) ? (
            t(`audit.actions.${r.action}` as never)
          ) : (
            <span className="font-mono">{r.action}</span>
          )}
          <br />
          <span className="font-mono text-xs text-slate-600">{r.subject}</span>
        </>
      ),
    },
    {
      key: "change",
      header: t("audit.change"),
      cell: (r) => {
        const changes = auditChanges(r.before, r.after);
        if (changes.length === 0) return <span className="text-slate-600">{t("audit.noFields")}</span>;
        return (
          <ul className="space-y-1">
            {changes.map((c) => (
              <li key={c.field} className="break-all">
                {c.field ? <span className="font-mono">{c.field}</span> : null}
                {c.field ? ": " : null}
                <del className="text-red-900">{c.before ?? "—"}</del> →{" "}
                <ins className="text-green-900 no-underline">{c.after ?? "—"}</ins>
              </li>
            ))}
          </ul>
        );
      },
    },
  ];
  const query = (extra: Record<string, string>) =>
    `/admin/audit?${new URLSearchParams({ ...(area ? { area } : {}), ...extra }).toString()}`;
  return (
    <div className="space-y-6">
      <AdminPageHeader backLabel={t("back")} title={t("audit.title")} intro={t("audit.intro")} />
      <form method="get" action="/admin/audit" className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-area" className="font-medium text-slate-800">
            {t("audit.area")}
          </label>
          <select
            id="audit-area"
            name="area"
            defaultValue={area ?? ""}
            className="rounded-md border border-slate-500 px-3 py-2"
          >
            <option value="">{t("audit.allAreas")}</option>
            {Object.keys(AUDIT_AREAS).map((key) => (
              <option key={key} value={key}>
                {t(`audit.areas.${key}` as never)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded-md border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-slate-50"
        >
          {t("audit.show")}
        </button>
      </form>
      <DataTable
        caption={t("audit.caption")}
        columns={columns}
        rows={shown}
        rowKey={(r) => r.id}
        empty={t("audit.empty")}
      />
      <nav aria-label={t("audit.pages")} className="flex gap-4">
        {beforeParam ? (
          <Link href={query({})} className="text-brand-700 underline">
            {t("audit.newest")}
          </Link>
        ) : null}
        {older ? (
          <Link href={query({ before: String(older) })} className="text-brand-700 underline">
            {t("audit.older")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
