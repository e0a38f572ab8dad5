"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ActionState, type FormAction, textValue } from "@/lib/actions/state";

export function LookupForm({
  action,
  initial,
  labels,
}: {
  action: FormAction;
  initial: ActionState;
  labels: {
    reference: string;
    referenceHint: string;
    trackingCode: string;
    trackingCodeHint: string;
    submit: string;
    pending: string;
  };
}) {
  const [state, formAction] = useActionState(action, initial);
  return (
    <form action={formAction} className="max-w-md space-y-4 rounded-lg border border-slate-200 bg-white p-6" noValidate>
      <ErrorSummary state={state} labels={{ reference: labels.reference, trackingCode: labels.trackingCode }} />
      <Field
        name="reference"
        required
        label={labels.reference}
        hint={labels.referenceHint}
        defaultValue={textValue(state.values, "reference")}
        errors={state.fieldErrors?.reference}
        autoCapitalize="characters"
        spellCheck={false}
      />
      <Field
        name="trackingCode"
        required
        label={labels.trackingCode}
        hint={labels.trackingCodeHint}
        defaultValue={textValue(state.values, "trackingCode")}
        errors={state.fieldErrors?.trackingCode}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
      />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
