"use client";

import { useActionState, useId } from "react";
import { useFormStatus } from "react-dom";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type ImportState, importCsvAction } from "./actions";
import { ImportProblemsTable } from "./problems-table";

export interface CsvImportLabels {
  kind: string;
  kinds: { value: string; label: string }[];
  text: string;
  textHelp: string;
  file: string;
  fileHelp: string;
  check: string;
  import: string;
  working: string;
  problemsCaption: string;
  line: string;
  field: string;
  message: string;
  countsCaption: string;
  rows: string;
  created: string;
  updated: string;
  unchanged: string;
}

/**
 * Paste a CSV or choose a file (the file wins): "Check" is a dry run listing every problem with its
 * line; "Import" starts an import job for a file without problems and goes to its progress page.
 * A plain form posting to a server action, so it works without JavaScript; the typed text comes
 * back after every check.
 */
export function CsvImportForm({ initialKind, labels }: { initialKind: string; labels: CsvImportLabels }) {
  const [state, formAction] = useActionState<ImportState, FormData>(importCsvAction, { values: { kind: initialKind } });
  const id = useId();
  const outcome = state.outcome;
  const value = (name: string) => {
    const v = state.values[name];
    return typeof v === "string" ? v : "";
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
    <div className="space-y-6">
      {/* key: a new result re-renders the fields with the values sent back by the action. */}
      <form
        key={JSON.stringify(state.values)}
        action={formAction}
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
        noValidate
      >
        <ErrorSummary
          state={state}
          labels={{ kind: labels.kind, text: labels.text, file: labels.file }}
          idFor={(name) => `${id}-${name}`}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-kind`} className="font-medium text-slate-800">
            {labels.kind}
          </label>
          <select
            id={`${id}-kind`}
            name="kind"
            defaultValue={value("kind")}
            {...described("kind")}
            className="w-full max-w-64 rounded-md border border-slate-500 px-3 py-2"
          >
            {labels.kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
          {fieldError("kind")}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-text`} className="font-medium text-slate-800">
            {labels.text}
          </label>
          <p id={`${id}-text-help`} className="text-sm text-slate-600">
            {labels.textHelp}
          </p>
          <textarea
            id={`${id}-text`}
            name="text"
            rows={10}
            defaultValue={value("text")}
            aria-describedby={`${id}-text-help`}
            {...described("text")}
            className="rounded-md border border-slate-500 px-3 py-2 font-mono text-sm"
          />
          {fieldError("text")}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-file`} className="font-medium text-slate-800">
            {labels.file}
          </label>
          <p id={`${id}-file-help`} className="text-sm text-slate-600">
            {labels.fileHelp}
          </p>
          <input
            id={`${id}-file`}
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`${id}-file-help`}
            className="text-sm"
          />
        </div>
        <div className="flex flex-wrap gap-3">
          <ModeButton mode="check" label={labels.check} pendingLabel={labels.working} />
          <ModeButton mode="import" label={labels.import} pendingLabel={labels.working} />
        </div>
      </form>
      {outcome ? (
        <section role="status" aria-label={outcome.heading} className="space-y-3">
          <h2 className="text-lg font-semibold">{outcome.heading}</h2>
          {outcome.blocked ? <p className="font-medium text-red-900">{outcome.blocked}</p> : null}
          {outcome.problems.length > 0 ? (
            <ImportProblemsTable caption={labels.problemsCaption} headers={labels} problems={outcome.problems} />
          ) : null}
          <table className="text-left text-sm">
            <caption className="text-left font-semibold">{labels.countsCaption}</caption>
            <tbody>
              {(
                [
                  [labels.rows, outcome.counts.rows],
                  [labels.created, outcome.counts.created],
                  [labels.updated, outcome.counts.updated],
                  [labels.unchanged, outcome.counts.unchanged],
                ] as const
              ).map(([label, count]) => (
                <tr key={label}>
                  <th scope="row" className="pr-4 font-medium">
                    {label}
                  </th>
                  <td>{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}

/** Two submit buttons in one form: each posts its own mode and announces its own pending state. */
function ModeButton({ mode, label, pendingLabel }: { mode: "check" | "import"; label: string; pendingLabel: string }) {
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
