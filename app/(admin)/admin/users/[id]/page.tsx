import { StatusMessage } from "@/components/ui/status-message";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CaseActionForm } from "@/components/case-action-form";
import { getDb } from "@/db/client";
import { findAccount } from "@/db/queries/users";
import { requirePermission } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import {
  blockCitizenAction,
  changeRoleAction,
  sendPasswordResetAction,
  setActiveAction,
  unblockCitizenAction,
} from "../actions";
import { roleAndUnitFields } from "../role-fields";

const DONE = ["invited", "role", "deactivated", "reactivated", "reset", "blocked", "unblocked"] as const;

export async function generateMetadata() {
  return { title: (await getTranslations("adminPeople"))("users.title") };
}

/** One account: role and unit, activation and password reset for staff; block and unblock for citizens. */
export default async function AdminUserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  await connection();
  const actor = await requirePermission("admin.manage");
  const t = await getTranslations();
  const format = await getFormatter();
  const locale = (await getLocale()) as Locale;
  const { id } = await params;
  const { done } = await searchParams;
  const db = await getDb();
  const user = await findAccount(db, id);
  if (!user) notFound();
  const isCitizen = user.role === "citizen";
  const isSelf = user.id === actor.id;
  const doneKey = DONE.find((d) => d === done);
  const pending = t("adminPeople.pending");
  const status = user.blockedReason
    ? t("adminPeople.users.blocked")
    : user.active
      ? t("adminPeople.users.active")
      : t("adminPeople.users.inactive");

  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/users" className="text-brand-700 underline">
          {t("adminPeople.users.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("adminPeople.user.title", { email: user.email })}</h1>
      <StatusMessage>{doneKey ? t(`adminPeople.user.done.${doneKey}`) : null}</StatusMessage>
      <section aria-labelledby="account-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="account-heading" className="mb-2 text-lg font-semibold">
          {t("adminPeople.user.details")}
        </h2>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t("adminPeople.users.name")}</dt>
          <dd>{user.name ?? "—"}</dd>
          <dt className="font-medium">{t("adminPeople.users.role")}</dt>
          <dd>{t(`roles.${user.role}`)}</dd>
          <dt className="font-medium">{t("adminPeople.users.unit")}</dt>
          <dd>{localized(locale, user.unitZh, user.unitEn) || "—"}</dd>
          <dt className="font-medium">{t("adminPeople.users.status")}</dt>
          <dd data-testid="user-status">{status}</dd>
          {user.blockedReason ? (
            <>
              <dt className="font-medium">{t("adminPeople.user.blockedReason")}</dt>
              <dd>{user.blockedReason}</dd>
            </>
          ) : null}
          {!isCitizen ? (
            <>
              <dt className="font-medium">{t("adminPeople.user.passwordSet")}</dt>
              <dd>{user.hasPassword ? t("common.yes") : t("common.no")}</dd>
            </>
          ) : null}
          <dt className="font-medium">{t("adminPeople.user.createdAt")}</dt>
          <dd>{format.dateTime(user.createdAt, { dateStyle: "medium" })}</dd>
        </dl>
      </section>
      {isCitizen ? (
        user.active ? (
          <CaseActionForm
            title={t("adminPeople.user.blockTitle")}
            description={t("adminPeople.user.blockDescription")}
            fields={[{ kind: "textarea", name: "reason", label: t("adminPeople.fields.reason") }]}
            action={blockCitizenAction.bind(null, user.id)}
            submitLabel={t("adminPeople.user.blockSubmit")}
            pendingLabel={pending}
          />
        ) : (
          <CaseActionForm
            title={t("adminPeople.user.unblockTitle")}
            description={t("adminPeople.user.unblockDescription")}
            fields={[]}
            action={unblockCitizenAction.bind(null, user.id)}
            submitLabel={t("adminPeople.user.unblockSubmit")}
            pendingLabel={pending}
          />
        )
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <CaseActionForm
            title={t("adminPeople.user.roleTitle")}
            description={t("adminPeople.user.roleDescription")}
            fields={await roleAndUnitFields(db)}
            action={changeRoleAction.bind(null, user.id)}
            submitLabel={t("adminPeople.user.roleSubmit")}
            pendingLabel={pending}
            initialValues={{ role: user.role, unitId: user.unitId === null ? "" : String(user.unitId) }}
          />
          <div className="space-y-6">
            {user.active ? (
              <CaseActionForm
                title={t("adminPeople.user.resetTitle")}
                description={t("adminPeople.user.resetDescription")}
                fields={[]}
                action={sendPasswordResetAction.bind(null, user.id)}
                submitLabel={t("adminPeople.user.resetSubmit")}
                pendingLabel={pending}
              />
            ) : null}
            {user.active && !isSelf ? (
              <CaseActionForm
                title={t("adminPeople.user.deactivateTitle")}
                description={t("adminPeople.user.deactivateDescription")}
                fields={[]}
                action={setActiveAction.bind(null, user.id, false)}
                submitLabel={t("adminPeople.user.deactivateSubmit")}
                pendingLabel={pending}
              />
            ) : null}
            {!user.active ? (
              <CaseActionForm
                title={t("adminPeople.user.reactivateTitle")}
                description={t("adminPeople.user.reactivateDescription")}
                fields={[]}
                action={setActiveAction.bind(null, user.id, true)}
                submitLabel={t("adminPeople.user.reactivateSubmit")}
                pendingLabel={pending}
              />
            ) : null}
          </div>
        </div>
      )}
    </div>
  );
}
