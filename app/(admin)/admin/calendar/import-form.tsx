"use client";

import { useActionState, useId } from "react";
import { useFormStatus } from "react-dom";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type ImportState, importCalendarAction } from "./actions";

export interface ImportFormLabels {
  title: string;
  help: string;
  year: string;
  text: string;
  preview: string;
  import: string;
  working: string;
}

/** Pasted CSV or iCalendar: "Preview" lists every day read and every bad line; "Import" applies it. */
export function CalendarImportForm({ year, labels }: { year: number; labels: ImportFormLabels }) {
  const [state, formAction] = useActionState<ImportState, FormData>(importCalendarAction, {
    values: { year: String(year) },
  });
  const id = useId();
  const outcome = state.outcome;
  const text = (name: string) => {
    const value = state.values[name];
    return typeof value === "string" ? value : "";
  };
  const errorsOf = (name: string) => state.fieldErrors?.[name] ?? [];
  const described = (name: string) =>
    errorsOf(name).length > 0 ? { "aria-invalid": true, "aria-describedby": `${id}-${name}-error` } : {};
  const fieldError = (name: string) =>
    errorsOf(name).length > 0 ? (
      <p id={`${id}-${name}-error`} className="text-sm font-medium text-red-800">
        {errorsOf(name).join(" ")}
      </p>
    ) : null;
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {labels.title}
      </h2>
      <p className="text-sm text-slate-600">{labels.help}</p>
      <form action={formAction} className="space-y-3" noValidate>
        <ErrorSummary
          state={state}
          labels={{ year: labels.year, text: labels.text }}
          idFor={(name) => `${id}-${name}`}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-year`} className="font-medium text-slate-800">
            {labels.year}
          </label>
          <input
            id={`${id}-year`}
            name="year"
            type="number"
            min={2000}
            max={2100}
            defaultValue={text("year")}
            {...described("year")}
            className="w-32 rounded-md border border-slate-500 px-3 py-2"
          />
          {fieldError("year")}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-text`} className="font-medium text-slate-800">
            {labels.text}
          </label>
          <textarea
            id={`${id}-text`}
            name="text"
            rows={8}
            defaultValue={text("text")}
            {...described("text")}
            className="rounded-md border border-slate-500 px-3 py-2 font-mono text-sm"
          />
          {fieldError("text")}
        </div>
        <div className="flex flex-wrap gap-3">
          <ModeButton mode="preview" label={labels.preview} pendingLabel={labels.working} />
          <ModeButton mode="import" label={labels.import} pendingLabel={labels.working} />
        </div>
      </form>
      {outcome ? (
        <div role="status" className="space-y-3">
          <h3
            className={
              outcome.applied ? "rounded border border-green-700 bg-green-50 p-2 text-green-900" : "font-semibold"
            }
          >
            {outcome.heading}
          </h3>
          {outcome.errorsHeading ? (
            <div className="rounded border border-red-700 bg-red-50 p-2 text-red-900">
              <h4 className="font-semibold">{outcome.errorsHeading}</h4>
              <ul className="list-disc pl-5">
                {outcome.errors.map((error) => (
                  <li key={error}>{error}</li>
                ))}
              </ul>
              {outcome.blocked ? <p className="mt-2 font-medium">{outcome.blocked}</p> : null}
            </div>
          ) : null}
          {!outcome.applied && outcome.days.length > 0 ? (
            <ul className="grid gap-1 text-sm sm:grid-cols-2">
              {outcome.days.map((day) => (
                <li key={day.date}>
                  <time dateTime={day.date} className="font-mono">
                    {day.date}
                  </time>{" "}
                  {day.label}
                </li>
              ))}
            </ul>
          ) : null}
          {!outcome.applied && outcome.removed ? <p className="text-sm">{outcome.removed}</p> : null}
        </div>
      ) : null}
    </section>
  );
}

/** Two submit buttons in one form: each posts its own mode and announces its own pending state. */
function ModeButton({
  mode,
  label,
  pendingLabel,
}: {
  mode: "preview" | "import";
  label: string;
  pendingLabel: string;
}) {
  const { pending, data } = useFormStatus();
  const mine = pending && data?.get("mode") === mode;
  return (
    <>
      <button
        type="submit"
        name="mode"
        value={mode}
        disabled={pending}
        aria-disabled={pending}
        className={`rounded-md px-4 py-2 font-medium disabled:cursor-wait disabled:opacity-70 ${mode === "import" ? "bg-brand-700 text-white hover:bg-brand-900" : "border border-brand-700 text-brand-700 hover:bg-slate-50"}`}
      >
        {mine ? pendingLabel : label}
      </button>
      <span aria-live="polite" className="sr-only">
        {mine ? pendingLabel : ""}
      </span>
    </>
  );
}
