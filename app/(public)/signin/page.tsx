import { StatusMessage } from "@/components/ui/status-message";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/session";
import { homePathFor } from "@/lib/auth/home-path";
import { safeReturnPath } from "@/lib/http/safe-path";
import { citizenSignIn, staffSignIn } from "./actions";
import { SignInForms } from "./sign-in-forms";

export async function generateMetadata() {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; error?: string; password?: string }>;
}) {
  const { next, error, password } = await searchParams;
  const actor = await currentActor();
  if (actor) redirect(safeReturnPath(next, homePathFor(actor.role)));
  const t = await getTranslations("signIn");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <StatusMessage>
        {password === "set" ? (await getTranslations("adminPeople.invitation"))("success") : null}
      </StatusMessage>
      {error ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {t("linkError")}
        </p>
      ) : null}
      <SignInForms
        next={safeReturnPath(next, "")}
        staffAction={staffSignIn}
        citizenAction={citizenSignIn}
        labels={{
          staffTitle: t("staffTitle"),
          staffLead: t("staffLead"),
          citizenTitle: t("citizenTitle"),
          citizenLead: t("citizenLead"),
          email: t("email"),
          password: t("password"),
          signIn: t("submit"),
          sendLink: t("sendLink"),
          pending: t("pending"),
        }}
      />
    </div>
  );
}
