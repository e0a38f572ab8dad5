"use client";

import { useActionState } from "react";
import type { FormAction } from "@/lib/actions/state";
import { SubmitButton } from "@/components/ui/submit-button";

/** The "retry" of one dead letter: a plain form (works without JavaScript), its error beside it. */
export function RetryButton({
  action,
  label,
  pendingLabel,
}: {
  action: FormAction;
  label: string;
  pendingLabel: string;
}) {
  const [state, submit] = useActionState(action, { values: {} });
  return (
    <form action={submit} className="flex flex-col items-start gap-1">
      <SubmitButton
        label={label}
        pendingLabel={pendingLabel}
        className="rounded-md border border-brand-700 px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:cursor-wait disabled:opacity-70"
      />
      {state.formError ? (
        <p role="alert" className="text-sm text-red-800">
          {state.formError}
        </p>
      ) : null}
    </form>
  );
}
