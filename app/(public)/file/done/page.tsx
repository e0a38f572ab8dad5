import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { filingShown } from "@/app/(public)/track/tracking-cookies";
import { currentActor } from "@/lib/auth/session";
import { parseCaseReference } from "@/lib/domain/cases/reference";

export async function generateMetadata() {
  return { title: (await getTranslations("filing.done"))("title") };
}

const LINK = "rounded-md border border-brand-700 px-4 py-2 font-medium text-brand-900 hover:bg-brand-50";

/** After filing: the reference, and the tracking code once (from a short-lived cookie, never the URL). */
export default async function FilingDonePage({
  searchParams,
}: {
  searchParams: Promise<{ ref?: string; voice?: string }>;
}) {
  await connection();
  const { ref, voice } = await searchParams;
  const reference = (ref ?? "").trim().toUpperCase();
  if (!parseCaseReference(reference)) notFound();
  const t = await getTranslations("filing.done");
  const actor = await currentActor();
  const myCases = actor?.role === "citizen";

  if (voice) {
    return (
      <div className="max-w-2xl space-y-6">
        <h1 className="text-3xl font-bold text-brand-900">{t("voiceTitle")}</h1>
        <p role="status">{voice === "already" ? t("voiceAlready", { reference }) : t("voiceBody", { reference })}</p>
        <div className="flex flex-wrap gap-3">
          {myCases ? (
            <Link href="/my-cases" className={LINK}>
              {t("myCases")}
            </Link>
          ) : null}
          <Link href="/file" className={LINK}>
            {t("fileAnother")}
          </Link>
        </div>
      </div>
    );
  }

  const shown = await filingShown(reference);
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <dl className="grid gap-4 rounded-lg border border-slate-200 bg-white p-6 sm:grid-cols-2">
        <div>
          <dt className="text-slate-600">{t("reference")}</dt>
          <dd className="font-mono text-2xl font-semibold" data-testid="case-reference">
            {reference}
          </dd>
        </div>
        {shown?.trackingCode ? (
          <div>
            <dt className="text-slate-600">{t("trackingCode")}</dt>
            <dd className="font-mono text-2xl font-semibold tracking-widest" data-testid="tracking-code">
              {shown.trackingCode}
            </dd>
          </div>
        ) : null}
      </dl>
      <p role="status" className="rounded border border-amber-700 bg-amber-50 p-3 text-amber-950">
        {shown?.trackingCode ? t("keepCode") : shown ? t("duplicate") : t("noCode")}
      </p>
      <div className="flex flex-wrap gap-3">
        <Link
          href={`/track/${reference}`}
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          {t("track")}
        </Link>
        {myCases ? (
          <Link href="/my-cases" className={LINK}>
            {t("myCases")}
          </Link>
        ) : null}
        <Link href="/file" className={LINK}>
          {t("fileAnother")}
        </Link>
      </div>
    </div>
  );
}
