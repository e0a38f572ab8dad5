"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ActionState, type FormAction, textValue } from "@/lib/actions/state";

export interface IssueKeyState extends ActionState {
  /** The key just issued: shown this once. */
  issued?: { name: string; key: string };
}

/** The admin's form for a new client; the key issued appears below it once, to copy. */
export function IssueKeyForm({
  action,
  labels,
}: {
  action: FormAction<IssueKeyState>;
  labels: { title: string; name: string; rate: string; submit: string; pending: string; issued: string };
}) {
  const [state, formAction] = useActionState(action, { values: { requestsPerMinute: "30" } });
  return (
    <section aria-labelledby="issue-key-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="issue-key-title" className="text-xl font-semibold">
        {labels.title}
      </h2>
      <form action={formAction} className="space-y-3" noValidate key={state.attempt ?? 0}>
        {state.formError ? (
          <p role="alert" className="rounded border border-red-700 bg-red-50 p-2 text-red-900">
            {state.formError}
          </p>
        ) : null}
        <Field
          name="name"
          id="open311-name"
          label={labels.name}
          defaultValue={textValue(state.values, "name")}
          errors={state.fieldErrors?.name}
          maxLength={100}
        />
        <Field
          name="requestsPerMinute"
          id="open311-rate"
          label={labels.rate}
          type="number"
          min={1}
          max={600}
          defaultValue={textValue(state.values, "requestsPerMinute")}
          errors={state.fieldErrors?.requestsPerMinute}
        />
        <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
      </form>
      {state.issued ? (
        <div role="status" className="space-y-2 rounded border border-green-700 bg-green-50 p-3 text-green-950">
          <p>
            <strong>{state.issued.name}</strong>: {labels.issued}
          </p>
          <p>
            <code data-testid="issued-key" className="break-all font-mono text-sm">
              {state.issued.key}
            </code>
          </p>
        </div>
      ) : null}
    </section>
  );
}
