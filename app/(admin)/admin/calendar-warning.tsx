import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { CalendarCoverage } from "@/lib/domain/calendar/coverage";

/**
 * The yearly calendar task (docs/administration.md#the-yearly-calendar-task): shown on the admin
 * dashboard and the calendar page from 60 days before the last listed year ends.
 */
export async function CalendarWarning({ coverage, link = true }: { coverage: CalendarCoverage; link?: boolean }) {
  if (!coverage.warn) return null;
  const t = await getTranslations("admin.calendarWarning");
  const locale = await getLocale();
  const endsOn = coverage.endsOn
    ? new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
        new Date(`${coverage.endsOn}T00:00:00Z`),
      )
    : "";
  const state =
    coverage.daysLeft === null
      ? t("none")
      : coverage.daysLeft < 0
        ? t("ended", { endsOn })
        : t("ends", { endsOn, daysLeft: coverage.daysLeft });
  return (
    <section
      aria-labelledby="calendar-warning-title"
      className="space-y-2 rounded-lg border border-amber-700 bg-amber-50 p-4 text-amber-950"
    >
      <h2 id="calendar-warning-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p>{state}</p>
      <p>{t("task", { year: coverage.nextYear })}</p>
      {link ? (
        <p>
          <Link href="/admin/calendar" className="font-medium text-brand-700 underline">
            {t("link")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
