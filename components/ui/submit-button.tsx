"use client";

import { useFormStatus } from "react-dom";

/** A submit button that announces its pending state and ignores a second click. */
export function SubmitButton({
  label,
  pendingLabel,
  className,
}: {
  label: string;
  pendingLabel: string;
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <>
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className={
          className ??
          "rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:cursor-wait disabled:opacity-70"
        }
      >
        {pending ? pendingLabel : label}
      </button>
      <span aria-live="polite" className="sr-only">
        {pending ? pendingLabel : ""}
      </span>
    </>
  );
}
