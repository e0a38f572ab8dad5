"use client";

import { useActionState } from "react";
import type { ActionState, FormAction } from "@/lib/actions/state";

/**
 * One button in a row of a table (remove this day, this block): a form of its own on `formAction`,
 * whose refusal, if any, is shown beside the button.
 */
export function InlineActionForm({
  action,
  label,
  ariaLabel,
  className = "text-red-800 underline",
}: {
  action: FormAction;
  label: string;
  ariaLabel?: string;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, { values: {} });
  return (
    <form action={formAction}>
      <button type="submit" aria-label={ariaLabel} disabled={pending} aria-disabled={pending} className={className}>
        {label}
      </button>
      {state.formError ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          {state.formError}
        </p>
      ) : null}
    </form>
  );
}
