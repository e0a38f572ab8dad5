"use client";

import Link from "next/link";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { type Column, DataTable } from "@/components/ui/data-table";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ActionState, type FormAction, textValue } from "@/lib/actions/state";
import type { DeskResultRow, DeskResults } from "@/lib/presenters/desk-results";

export interface DeskSearchState extends ActionState {
  results?: DeskResults;
}

export interface DeskSearchLabels {
  q: string;
  qHint: string;
  from: string;
  to: string;
  rangeHint: string;
  submit: string;
  pending: string;
  empty: string;
  reference: string;
  title: string;
  category: string;
  unit: string;
  status: string;
  created: string;
  caller: string;
  actions: string;
  callback: string;
}

/** The desk's search box and its results: a caller's earlier cases when a phone number was typed. */
export function DeskSearchForm({ action, labels }: { action: FormAction<DeskSearchState>; labels: DeskSearchLabels }) {
  const [state, formAction] = useActionState(action, { values: {} });
  const results = state.results;
  const columns: Column<DeskResultRow>[] = [
    {
      key: "reference",
      header: labels.reference,
      cell: (row) => (
        <Link className="font-mono text-brand-700 underline" href={row.href}>
          {row.reference}
        </Link>
      ),
    },
    { key: "title", header: labels.title, cell: (row) => row.title },
    ...(results?.showContacts
      ? [{ key: "caller", header: labels.caller, cell: (row: DeskResultRow) => row.caller }]
      : []),
    { key: "category", header: labels.category, cell: (row) => row.category },
    { key: "unit", header: labels.unit, cell: (row) => row.unit },
    { key: "status", header: labels.status, cell: (row) => row.status },
    { key: "created", header: labels.created, cell: (row) => row.created },
    {
      key: "actions",
      header: labels.actions,
      cell: (row) =>
        row.callbackHref ? (
          <Link className="text-brand-700 underline" href={row.callbackHref}>
            {labels.callback}
            <span className="sr-only"> {row.reference}</span>
          </Link>
        ) : (
          "—"
        ),
    },
  ];
  return (
    <div className="space-y-6">
      <form
        action={formAction}
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
        noValidate
        key={state.attempt ?? 0}
      >
        <ErrorSummary state={state} labels={{ q: labels.q, from: labels.from, to: labels.to }} />
        <Field
          name="q"
          label={labels.q}
          hint={labels.qHint}
          defaultValue={textValue(state.values, "q")}
          errors={state.fieldErrors?.q}
          maxLength={100}
          autoComplete="off"
          required
        />
        <fieldset className="space-y-2">
          <legend className="font-medium text-slate-800">{labels.rangeHint}</legend>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field
              name="from"
              type="date"
              label={labels.from}
              defaultValue={textValue(state.values, "from")}
              errors={state.fieldErrors?.from}
            />
            <Field
              name="to"
              type="date"
              label={labels.to}
              defaultValue={textValue(state.values, "to")}
              errors={state.fieldErrors?.to}
            />
          </div>
        </fieldset>
        <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
      </form>
      {results ? (
        <section aria-labelledby="desk-results-heading" className="space-y-3">
          <h2 id="desk-results-heading" className="text-xl font-semibold">
            {results.heading}
          </h2>
          <p role="status" className="text-slate-700">
            {results.summary}
          </p>
          <DataTable
            caption={results.heading}
            columns={columns}
            rows={results.rows}
            rowKey={(row) => row.id}
            empty={labels.empty}
          />
        </section>
      ) : null}
    </div>
  );
}
