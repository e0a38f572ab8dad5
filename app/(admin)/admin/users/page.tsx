import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { CaseActionForm } from "@/components/case-action-form";
import { type Column, DataTable } from "@/components/ui/data-table";
import { getDb } from "@/db/client";
import { listAccounts, listInvitedUserIds } from "@/db/queries/users";
import { requirePermission } from "@/lib/auth/session";
import { ROLES, isRole } from "@/lib/domain/access/roles";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { inviteStaffAction } from "./actions";
import { roleAndUnitFields } from "./role-fields";

const LIST_LIMIT = 500;

export async function generateMetadata() {
  return { title: (await getTranslations("adminPeople"))("users.title") };
}

/** Every account, filtered by role (GET, so a filter is a link), and the staff invitation form. */
export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<{ role?: string }> }) {
  await connection();
  await requirePermission("admin.manage");
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const db = await getDb();
  const { role: roleParam } = await searchParams;
  const filter = roleParam === "all" ? "all" : isRole(roleParam) ? roleParam : "staff";
  const rows = await listAccounts(db, filter, LIST_LIMIT);
  // Staff without a password who still hold an open invitation.
  const pending = new Set(await listInvitedUserIds(db));
  type Row = (typeof rows)[number];
  const status = (r: Row) =>
    r.blockedReason
      ? t("adminPeople.users.blocked")
      : !r.active
        ? t("adminPeople.users.inactive")
        : pending.has(r.id)
          ? t("adminPeople.users.invited")
          : t("adminPeople.users.active");
  const columns: Column<Row>[] = [
    { key: "email", header: t("adminPeople.users.email"), cell: (r) => r.email },
    { key: "name", header: t("adminPeople.users.name"), cell: (r) => r.name ?? "—" },
    { key: "role", header: t("adminPeople.users.role"), cell: (r) => t(`roles.${r.role}`) },
    { key: "unit", header: t("adminPeople.users.unit"), cell: (r) => localized(locale, r.unitZh, r.unitEn) || "—" },
    {
      key: "status",
      header: t("adminPeople.users.status"),
      cell: (r) => <span className={r.active ? "" : "font-semibold text-red-800"}>{status(r)}</span>,
    },
    {
      key: "open",
      header: t("adminPeople.users.open"),
      cell: (r) => (
        <Link
          href={`/admin/users/${r.id}`}
          className="text-brand-700 underline"
          aria-label={t("adminPeople.users.openUser", { email: r.email })}
        >
          {t("adminPeople.users.open")}
        </Link>
      ),
    },
  ];
  const caption = t("adminPeople.users.caption", { count: rows.length });
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <p>
          <Link href="/admin" className="text-brand-700 underline">
            {t("admin.title")}
          </Link>
        </p>
        <h1 className="text-3xl font-bold text-brand-900">{t("adminPeople.users.title")}</h1>
        <p className="text-slate-700">{t("adminPeople.users.lead")}</p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="role-filter" className="font-medium text-slate-800">
            {t("adminPeople.users.filterLabel")}
          </label>
          <select
            id="role-filter"
            name="role"
            defaultValue={filter}
            className="rounded-md border border-slate-500 px-3 py-2"
          >
            <option value="staff">{t("adminPeople.users.filterStaff")}</option>
            <option value="all">{t("adminPeople.users.filterAll")}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded-md border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
        >
          {t("adminPeople.users.filterSubmit")}
        </button>
      </form>
      <section aria-labelledby="users-heading" className="space-y-3">
        <h2 id="users-heading" className="text-xl font-semibold">
          {caption}
        </h2>
        <DataTable
          caption={caption}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.id}
          empty={t("adminPeople.users.empty")}
        />
        {rows.length === LIST_LIMIT ? (
          <p className="text-sm text-slate-600">{t("adminPeople.users.limited", { count: LIST_LIMIT })}</p>
        ) : null}
      </section>
      <CaseActionForm
        title={t("adminPeople.invite.title")}
        description={t("adminPeople.invite.description")}
        fields={[
          { kind: "text", name: "email", label: t("adminPeople.fields.email") },
          { kind: "text", name: "name", label: t("adminPeople.fields.name") },
          ...(await roleAndUnitFields(db)),
        ]}
        action={inviteStaffAction}
        submitLabel={t("adminPeople.invite.submit")}
        pendingLabel={t("adminPeople.pending")}
      />
    </div>
  );
}
