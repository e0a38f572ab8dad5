"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/components/case-action-form";
import { getDb } from "@/db/client";
import { authorize } from "@/lib/auth/session";
import {
  type CalendarImportResult,
  importCalendarYear,
  removeCalendarDay,
  setCalendarDay,
} from "@/lib/services/admin/calendar";
import { calendarDateSchema, calendarDaySchema, calendarImportSchema } from "@/lib/validation/admin-rules";
import {
  failureState,
  formValues,
  runRulesAction,
  translateKey,
  translator,
  zodFieldErrors,
} from "../sla/rules-action";

export async function addCalendarDayAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runRulesAction(formData, calendarDaySchema, async (day, actorUserId, db) => {
    await setCalendarDay(day, actorUserId, db);
    return `/admin/calendar?year=${day.date.slice(0, 4)}&done=added`;
  });
  if ("state" in result) return result.state;
  redirect(result.redirectTo);
}

/** The remove button of one row: a plain form posting its date. */
export async function removeCalendarDayAction(formData: FormData): Promise<void> {
  const { date } = calendarDateSchema.parse(formValues(formData));
  const actor = await authorize("admin.manage");
  await removeCalendarDay(date, actor.id, await getDb());
  redirect(`/admin/calendar?year=${date.slice(0, 4)}&done=removed`);
}

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

function describe(
  t: Awaited<ReturnType<typeof translator>>,
  result: CalendarImportResult,
  mode: "preview" | "import",
): ImportOutcome {
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
      t("adminRules.calendar.errorLine", { line: error.line, message: translateKey(t, error.message) }),
    ),
    blocked: mode === "import" && !result.applied ? t("adminRules.calendar.blocked") : null,
    removed:
      result.removed.length > 0 ? t("adminRules.calendar.willRemove", { dates: result.removed.join(", ") }) : null,
  };
}

/** "Preview" is a dry run that changes nothing; "Import" applies a list without errors. */
export async function importCalendarAction(_state: ImportState, formData: FormData): Promise<ImportState> {
  const t = await translator();
  const values = formValues(formData);
  const parsed = calendarImportSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: zodFieldErrors(t, parsed.error) };
  try {
    const actor = await authorize("admin.manage");
    const result = await importCalendarYear(
      { year: parsed.data.year, text: parsed.data.text, dryRun: parsed.data.mode === "preview" },
      actor.id,
      await getDb(),
    );
    return { values, outcome: describe(t, result, parsed.data.mode) };
  } catch (error) {
    return failureState(t, values, error);
  }
}
