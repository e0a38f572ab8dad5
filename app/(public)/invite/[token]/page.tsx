import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { inspectInvitation } from "@/lib/services/admin/users";
import { acceptInvitationAction } from "./actions";
import { PasswordForm } from "./password-form";

export async function generateMetadata() {
  return { title: (await getTranslations("adminPeople"))("invitation.title"), robots: { index: false } };
}

/** The emailed link: set a password once (invitation or reset). */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const t = await getTranslations("adminPeople");
  const invitation = await inspectInvitation(await getDb(), token);
  if (invitation.status !== "usable") {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold text-brand-900">{t("invitation.unusable")}</h1>
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {t(`errors.${invitation.status}`)}
        </p>
        <p>
          <Link href="/signin" className="text-brand-700 underline">
            {t("invitation.signIn")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("invitation.title")}</h1>
      <p className="text-slate-700">{t("invitation.lead", { email: invitation.email })}</p>
      <PasswordForm
        action={acceptInvitationAction.bind(null, token)}
        email={invitation.email}
        labels={{
          password: t("fields.password"),
          confirmation: t("fields.confirmation"),
          hint: t("fields.passwordHint"),
          submit: t("invitation.submit"),
          pending: t("invitation.pending"),
        }}
      />
    </div>
  );
}
