"use client";

import { useFormStatus } from "react-dom";

const PRIMARY =
  "rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:cursor-wait disabled:opacity-70";
const SECONDARY =
  "rounded-md border border-brand-700 bg-white px-4 py-2 font-medium text-brand-900 hover:bg-brand-50 disabled:cursor-wait disabled:opacity-70";

/**
 * A submit button that says what the submission is for (name="intent"), announces the pending
 * state and ignores a second click — components/ui/submit-button.tsx with a value.
 */
export function IntentButton({
  intent,
  label,
  pendingLabel,
  secondary = false,
}: {
  intent: string;
  label: string;
  pendingLabel: string;
  secondary?: boolean;
}) {
  const { pending, data } = useFormStatus();
  const mine = pending && data?.get("intent") === intent;
  return (
    <>
      <button
        type="submit"
        name="intent"
        value={intent}
        disabled={pending}
        aria-disabled={pending}
        className={secondary ? SECONDARY : PRIMARY}
      >
        {mine ? pendingLabel : label}
      </button>
      <span aria-live="polite" className="sr-only">
        {mine ? pendingLabel : ""}
      </span>
    </>
  );
}

/**
 * Pressing Enter in a field submits with the form's first submit button: this invisible one,
 * so that Enter means the main action and never one of the "add my voice" buttons below.
 */
export function DefaultIntent({ intent, label }: { intent: string; label: string }) {
  return (
    <button type="submit" name="intent" value={intent} tabIndex={-1} aria-hidden="true" className="sr-only">
      {label}
    </button>
  );
}
