"use client";

import { useActionState } from "react";
import type { ActionState, CaseFormAction } from "@/components/case-action-form";
import { Field } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";

interface Labels {
  password: string;
  confirmation: string;
  hint: string;
  submit: string;
  pending: string;
}

/** New password twice; errors sit next to their field. Works without JavaScript. */
export function PasswordForm({ action, email, labels }: { action: CaseFormAction; email: string; labels: Labels }) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, { values: {} });
  return (
    <form action={formAction} className="max-w-md space-y-4 rounded-lg border border-slate-200 bg-white p-6" noValidate>
      <ErrorSummary
        state={state}
        labels={{ password: labels.password, confirmation: labels.confirmation }}
        idFor={(name) => `invite-${name}`}
      />
      {/* Lets password managers store the new password against the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <Field
        id="invite-password"
        name="password"
        type="password"
        autoComplete="new-password"
        label={labels.password}
        hint={labels.hint}
        errors={state.fieldErrors?.password}
      />
      <Field
        id="invite-confirmation"
        name="confirmation"
        type="password"
        autoComplete="new-password"
        label={labels.confirmation}
        errors={state.fieldErrors?.confirmation}
      />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
