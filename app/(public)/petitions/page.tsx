import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { PETITION_SORTS, type PetitionSort, countPublicPetitions, listPublicPetitions } from "@/db/queries/petitions";
import { currentActor } from "@/lib/auth/session";
import { PETITION_STAGES, type PetitionStage } from "@/lib/domain/petitions/lifecycle";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata() {
  return { title: (await getTranslations("petitions"))("list.title") };
}

const isStage = (v: string | undefined): v is PetitionStage => (PETITION_STAGES as readonly string[]).includes(v ?? "");
const isSort = (v: string | undefined): v is PetitionSort => (PETITION_SORTS as readonly string[]).includes(v ?? "");

/** Public petitions by stage, sorted by signatures, newest or closing soon. */
export default async function PetitionsPage({
  searchParams,
}: {
  searchParams: Promise<{ stage?: string; sort?: string }>;
}) {
  await connection();
  const params = await searchParams;
  const stage: PetitionStage = isStage(params.stage) ? params.stage : "open";
  const sort: PetitionSort = isSort(params.sort) ? params.sort : "signatures";
  const t = await getTranslations("petitions");
  const locale = (await getLocale()) as Locale;
  const timeZone = await getTimeZone();
  const db = await getDb();
  const [rows, counts, actor] = await Promise.all([
    listPublicPetitions(db, { stage, sort }),
    countPublicPetitions(db),
    currentActor(),
  ]);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone });
  const number = new Intl.NumberFormat(locale);
  const href = (next: { stage?: PetitionStage; sort?: PetitionSort }) =>
    `/petitions?stage=${next.stage ?? stage}&sort=${next.sort ?? sort}`;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("list.title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("list.lead")}</p>
        <p className="flex flex-wrap gap-4">
          {!actor || actor.role === "citizen" ? (
            <Link
              href="/petitions/new"
              className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900"
            >
              {t("list.start")}
            </Link>
          ) : null}
          <a href="/petitions/feed.xml" className="self-center text-brand-700 underline">
            {t("list.feed")}
          </a>
          <Link href="/api/v1/petitions" prefetch={false} className="self-center text-brand-700 underline">
            {t("list.api")}
          </Link>
        </p>
      </header>
      <nav aria-label={t("list.stages")}>
        <ul className="flex flex-wrap gap-2">
          {PETITION_STAGES.map((s) => (
            <li key={s}>
              <Link
                href={href({ stage: s })}
                aria-current={s === stage ? "page" : undefined}
                className={`inline-block rounded-full border px-3 py-1 text-sm ${s === stage ? "border-brand-700 bg-brand-700 text-white" : "border-slate-500 text-slate-800"}`}
              >
                {t(`stage.${s}`)} ({number.format(counts[s])})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label={t("list.sortBy")} className="flex flex-wrap items-center gap-3 text-sm">
        <span className="text-slate-700">{t("list.sortBy")}:</span>
        {PETITION_SORTS.map((s) => (
          <Link
            key={s}
            href={href({ sort: s })}
            aria-current={s === sort ? "true" : undefined}
            className={s === sort ? "font-semibold text-brand-900" : "text-brand-700 underline"}
          >
            {t(`sort.${s}`)}
          </Link>
        ))}
      </nav>
      <h2 className="text-xl font-semibold">{t(`stage.${stage}`)}</h2>
      {rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-4 text-slate-600">{t("list.empty")}</p>
      ) : (
        <ol className="space-y-3">
          {rows.map((p) => (
            <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="text-lg font-semibold">
                <Link href={`/petitions/${p.id}`} className="text-brand-700 underline">
                  {p.title}
                </Link>
              </h3>
              <p className="text-sm text-slate-700">
                {p.status === "rejected" ? (
                  t(`rejection.${p.rejectionCode ?? "duplicate"}`)
                ) : (
                  <>
                    <span className="font-semibold tabular-nums">
                      {t("signatures", { count: p.signatureCount, formatted: number.format(p.signatureCount) })}
                    </span>
                    {p.closesAt ? (
                      <>
                        {" "}
                        ·{" "}
                        {p.status === "open"
                          ? t("closesOn", { date: date.format(p.closesAt) })
                          : t("closedOn", { date: date.format(p.closedAt ?? p.closesAt) })}
                      </>
                    ) : null}
                    {p.answeredAt ? (
                      <> · {t("stage.answered")}</>
                    ) : p.responseThresholdAt ? (
                      <> · {t("stage.awaiting_answer")}</>
                    ) : null}
                  </>
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
