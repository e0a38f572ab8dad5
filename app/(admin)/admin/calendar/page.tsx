import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { type ActionField, CaseActionForm } from "@/components/case-action-form";
import { type Column, DataTable } from "@/components/ui/data-table";
import { getDb } from "@/db/client";
import { loadCalendarDefinition } from "@/db/queries/calendar";
import { requirePermission } from "@/lib/auth/session";
import { calendarCoverage } from "@/lib/domain/calendar/coverage";
import { createWorkingCalendar } from "@/lib/domain/calendar/working-calendar";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { calendarDaysOfYear } from "@/lib/services/admin/calendar";
import { InlineActionForm } from "@/components/inline-action-form";
import { addCalendarDayAction, removeCalendarDayAction } from "./actions";
import { CalendarWarning } from "../calendar-warning";
import { CalendarImportForm } from "./import-form";

export async function generateMetadata() {
  return { title: (await getTranslations("adminRules"))("calendar.title") };
}

const PREVIEW_WORKING_DAYS = 30;

function weekday(locale: Locale, date: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

export default async function CalendarPage({
  searchParams,
}: {
  searchParams: Promise<{ year?: string; done?: string }>;
}) {
  await connection();
  await requirePermission("admin.manage");
  const t = await getTranslations("adminRules");
  const locale = (await getLocale()) as Locale;
  const db = await getDb();
  // Read afresh rather than through the cache, so an edit shows on this page at once.
  const definition = await loadCalendarDefinition(db);
  const calendar = createWorkingCalendar(definition);
  const today = calendar.localDate(new Date());
  const coverage = calendarCoverage(definition, today);
  const params = await searchParams;
  const requested = Number(params.year);
  const year =
    Number.isInteger(requested) && requested >= 2000 && requested <= 2100 ? requested : Number(today.slice(0, 4));
  const days = await calendarDaysOfYear(db, year);
  const upcoming = calendar.workingDaysAfter(calendar.addCalendarDays(today, -1), PREVIEW_WORKING_DAYS);
  const done = params.done === "added" ? t("calendar.added") : params.done === "removed" ? t("calendar.removed") : null;

  type Day = (typeof days)[number];
  const columns: Column<Day>[] = [
    {
      key: "date",
      header: t("calendar.date"),
      cell: (d) => (
        <>
          <time dateTime={d.date} className="font-mono">
            {d.date}
          </time>{" "}
          <span className="text-slate-600">{weekday(locale, d.date)}</span>
        </>
      ),
    },
    { key: "kind", header: t("calendar.kindColumn"), cell: (d) => t(`kind.${d.kind}`) },
    { key: "name", header: t("calendar.name"), cell: (d) => localized(locale, d.nameZh, d.nameEn) || "—" },
    {
      key: "actions",
      header: t("calendar.actions"),
      cell: (d) => (
        <InlineActionForm
          action={removeCalendarDayAction.bind(null, d.date)}
          label={t("calendar.remove")}
          ariaLabel={t("calendar.removeLabel", { date: d.date })}
        />
      ),
    },
  ];
  const addFields: ActionField[] = [
    { kind: "text", name: "date", label: t("calendar.dateField") },
    {
      kind: "select",
      name: "kind",
      label: t("calendar.kindField"),
      placeholder: t("calendar.chooseKind"),
      options: (["holiday", "workday"] as const).map((kind) => ({ value: kind, label: t(`kind.${kind}`) })),
    },
    { kind: "text", name: "nameZh", label: t("calendar.nameZh") },
    { kind: "text", name: "nameEn", label: t("calendar.nameEn") },
  ];

  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("calendar.title")}</h1>
      {done ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-2 text-green-900">
          {done}
        </p>
      ) : null}
      <p className="max-w-3xl text-slate-700">{t("calendar.intro")}</p>
      <CalendarWarning coverage={coverage} link={false} />

      <form method="get" className="flex items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="calendar-year" className="font-medium text-slate-800">
            {t("calendar.yearLabel")}
          </label>
          <input
            id="calendar-year"
            name="year"
            type="number"
            min={2000}
            max={2100}
            defaultValue={year}
            className="w-32 rounded-md border border-slate-500 px-3 py-2"
          />
        </div>
        <button type="submit" className="rounded-md border border-brand-700 px-4 py-2 font-medium text-brand-700">
          {t("calendar.show")}
        </button>
      </form>

      <div className="grid gap-8 lg:grid-cols-3">
        <section aria-labelledby="calendar-days-heading" className="space-y-3 lg:col-span-2">
          <h2 id="calendar-days-heading" className="text-xl font-semibold">
            {t("calendar.daysTitle", { year })}
          </h2>
          <DataTable
            caption={t("calendar.daysTitle", { year })}
            columns={columns}
            rows={days}
            rowKey={(d) => d.date}
            empty={t("calendar.empty")}
          />
        </section>
        <section aria-labelledby="calendar-next-heading" className="space-y-2">
          <h2 id="calendar-next-heading" className="text-xl font-semibold">
            {t("calendar.nextDaysTitle")}
          </h2>
          <p className="text-sm text-slate-600">
            {t("calendar.nextDaysIntro", { today, timeZone: await getTimeZone() })}
          </p>
          <ol aria-labelledby="calendar-next-heading" className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
            {upcoming.map((date) => (
              <li key={date}>
                <time dateTime={date} className="font-mono">
                  {date}
                </time>{" "}
                <span className="text-slate-600">{weekday(locale, date)}</span>
              </li>
            ))}
          </ol>
        </section>
      </div>

      <div className="grid gap-8 lg:grid-cols-2">
        <CaseActionForm
          title={t("calendar.addTitle")}
          description={t("calendar.addDescription")}
          fields={addFields}
          action={addCalendarDayAction}
          submitLabel={t("calendar.add")}
          pendingLabel={t("calendar.adding")}
        />
        <CalendarImportForm
          year={year}
          labels={{
            title: t("calendar.importTitle"),
            help: t("calendar.importHelp"),
            year: t("calendar.importYear"),
            text: t("calendar.importText"),
            preview: t("calendar.preview"),
            import: t("calendar.import"),
            working: t("calendar.working"),
          }}
        />
      </div>
    </div>
  );
}
