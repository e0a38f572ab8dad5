import Link from "next/link";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { loadCalendarDefinition } from "@/db/queries/calendar";
import { caseVolumeSince } from "@/db/queries/cases";
import { createWorkingCalendar } from "@/lib/domain/calendar/working-calendar";

export default async function HomePage() {
  await connection();
  const t = await getTranslations("home");
  const format = await getFormatter();
  const db = await getDb();
  const calendar = createWorkingCalendar(await loadCalendarDefinition(db));
  const today = calendar.localDate(new Date());
  const monthStart = calendar.startOfLocalDay(`${today.slice(0, 7)}-01`);
  const volume = await caseVolumeSince(db, monthStart);
  const figures = [
    { label: t("receivedThisMonth"), value: volume.received },
    { label: t("closedThisMonth"), value: volume.closed },
    { label: t("openNow"), value: volume.open },
  ];
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{t("lead")}</p>
        <p className="max-w-3xl text-slate-700">{t("promise")}</p>
        <div className="flex flex-wrap gap-3">
          <Link
            href="/file"
            className="rounded-md bg-brand-700 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-900"
          >
            {t("fileCta")}
          </Link>
          <Link
            href="/track"
            className="rounded-md border border-brand-700 bg-white px-5 py-3 text-lg font-semibold text-brand-700 hover:bg-brand-50"
          >
            {t("trackCta")}
          </Link>
          <Link
            href="/transparency"
            className="rounded-md border border-slate-300 bg-white px-5 py-3 text-lg text-slate-800 hover:bg-slate-100"
          >
            {t("transparencyCta")}
          </Link>
        </div>
      </section>
      <section aria-labelledby="figures-heading" className="space-y-3">
        <h2 id="figures-heading" className="text-xl font-semibold">
          {t("figuresTitle")}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-3">
          {figures.map((figure) => (
            <div key={figure.label} className="rounded-lg border border-slate-200 bg-white p-4">
              <dt className="text-sm text-slate-600">{figure.label}</dt>
              <dd className="text-3xl font-bold tabular-nums text-brand-900">{format.number(figure.value)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="space-y-2">
        <h2 className="text-xl font-semibold">{t("staffTitle")}</h2>
        <p className="text-slate-700">
          {t("staffLead")}{" "}
          <Link href="/signin" className="text-brand-700 underline">
            {t("staffLink")}
          </Link>
        </p>
      </section>
    </div>
  );
}
