import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/session";
import { lookUpCase } from "./actions";
import { LookupForm } from "./lookup-form";

export async function generateMetadata() {
  return { title: (await getTranslations("tracking"))("title") };
}

/** Follow a case by reference and tracking code; no account needed. */
export default async function TrackPage({ searchParams }: { searchParams: Promise<{ ref?: string }> }) {
  await connection();
  const { ref } = await searchParams;
  const t = await getTranslations("tracking");
  const actor = await currentActor();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="max-w-2xl text-slate-700">{t("lead")}</p>
      {actor?.role === "citizen" ? (
        <p>
          <Link href="/my-cases" className="text-brand-700 underline">
            {t("myCases")}
          </Link>
        </p>
      ) : null}
      <LookupForm
        action={lookUpCase}
        initial={{ values: { reference: (ref ?? "").slice(0, 30), trackingCode: "" } }}
        labels={{
          reference: t("reference"),
          referenceHint: t("referenceHint"),
          trackingCode: t("trackingCode"),
          trackingCodeHint: t("trackingCodeHint"),
          submit: t("submit"),
          pending: t("pending"),
        }}
      />
    </div>
  );
}
