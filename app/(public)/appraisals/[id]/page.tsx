import { AppraisalPageHeader } from "@/components/appraisal/page-header";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { COMMENT_MAX_LENGTH } from "@/lib/validation/appraisal";
import { castBallotAction } from "../actions";
import { ballotFor } from "../ballot-rater";
import { BallotForm } from "../ballot-form";

export async function generateMetadata() {
  return { title: (await getTranslations("appraisal"))("ballot.title") };
}

/** The ballot: the units this rater may still rate, each with a light and an optional comment. */
export default async function BallotPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const segment = (await params).id;
  if (!/^\d{1,9}$/.test(segment)) notFound();
  const ballot = await ballotFor(Number(segment));
  if (!ballot) {
    // A guest may be a citizen who has not signed in yet; anyone else has no ballot here.
    if (!(await currentActor())) redirect(`/signin?next=${encodeURIComponent(`/appraisals/${segment}`)}`);
    notFound();
  }
  const [t, locale] = await Promise.all([getTranslations("appraisal"), getLocale() as Promise<Locale>]);
  return (
    <div className="space-y-6">
      <AppraisalPageHeader
        back={{ href: "/appraisals", label: t("rater.title") }}
        title={t("ballot.heading", { title: ballot.campaign.title })}
      >
        <p className="text-slate-700">{t("ballot.lead")}</p>
        <p className="text-slate-700">{t(ballot.rater.kind === "code" ? "ballot.codeNote" : "ballot.citizenNote")}</p>
      </AppraisalPageHeader>
      {ballot.units.length === 0 ? (
        <p className="text-slate-700">{t("rater.allRated")}</p>
      ) : (
        <BallotForm
          units={ballot.units.map((u) => ({ id: u.id, name: localized(locale, u.nameZh, u.nameEn) }))}
          action={castBallotAction.bind(null, ballot.campaign.id)}
          labels={{
            lights: { green: t("ballot.green"), yellow: t("ballot.yellow"), red: t("ballot.red") },
            skip: t("ballot.skip"),
            lightLegend: t("ballot.lightLegend"),
            comment: t("ballot.comment"),
            commentHint: t("ballot.commentHint", { max: COMMENT_MAX_LENGTH }),
            submit: t("ballot.submit"),
            pending: t("pending"),
          }}
        />
      )}
    </div>
  );
}
