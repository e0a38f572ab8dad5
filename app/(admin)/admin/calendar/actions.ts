"use server";

import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/actions/form-action";
import { translateErrorKey } from "@/lib/actions/form-values";
import type { ActionState } from "@/lib/actions/state";
import { type CalendarImportResult, importCalendarYear } from "@/lib/services/admin/import-calendar-year";
import { removeCalendarDay } from "@/lib/services/admin/remove-calendar-day";
import { setCalendarDay } from "@/lib/services/admin/set-calendar-day";
import { calendarDateSchema, calendarDaySchema, calendarImportSchema } from "@/lib/validation/admin-rules";

const audience = "admin.manage";
const errors = "adminRules.errors";

export const addCalendarDayAction = formAction({
  audience,
  schema: calendarDaySchema,
  errors,
  act: setCalendarDay,
  done: (_, day) => `/admin/calendar?year=${day.date.slice(0, 4)}&done=added`,
});

/** The remove button of one row, bound to its date. */
export const removeCalendarDayAction = formAction({
  audience,
  bind: ["date"],
  schema: calendarDateSchema,
  errors,
  act: removeCalendarDay,
  done: (_, { date }) => `/admin/calendar?year=${date.slice(0, 4)}&done=removed`,
});

/** What the import form shows, already translated (the form is a client component). */
export interface ImportOutcome {
  applied: boolean;
  heading: string;
  days: { date: string; label: string }[];
  errorsHeading: string | null;
  errors: string[];
  blocked: string | null;
  removed: string | null;
}

export interface ImportState extends ActionState {
  outcome?: ImportOutcome;
}

type Translate = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

function describe(t: Translate, result: CalendarImportResult, mode: "preview" | "import"): ImportOutcome {
  const count = result.days.length;
  return {
    applied: result.applied,
    heading: result.applied
      ? t("adminRules.calendar.imported", { count, year: result.year })
      : t("adminRules.calendar.previewTitle", { count, year: result.year }),
    days: result.days.map((day) => ({
      date: day.date,
      label: [t(`adminRules.kind.${day.kind}`), day.name].filter(Boolean).join(" · "),
    })),
    errorsHeading:
      result.errors.length > 0 ? t("adminRules.calendar.errorsTitle", { count: result.errors.length }) : null,
    errors: result.errors.map((error) =>
      t("adminRules.calendar.errorLine", { line: error.line, message: translateErrorKey(t, errors, error.message) }),
    ),
    blocked: mode === "import" && !result.applied ? t("adminRules.calendar.blocked") : null,
    removed:
      result.removed.length > 0 ? t("adminRules.calendar.willRemove", { dates: result.removed.join(", ") }) : null,
  };
}

/** "Preview" is a dry run that changes nothing; "Import" applies a list without errors. */
export const importCalendarAction = formAction({
  audience,
  schema: calendarImportSchema,
  errors,
  act: importCalendarYear,
  respond: async (result, input, values): Promise<ImportState> => ({
    values,
    outcome: describe((await getTranslations()) as unknown as Translate, result, input.mode),
  }),
});
