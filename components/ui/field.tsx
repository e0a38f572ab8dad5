import type { InputHTMLAttributes } from "react";

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  errors?: readonly string[];
  hint?: string;
}

/** A labelled input with its errors next to it, wired for screen readers. */
export function Field({ name, label, errors, hint, id, ...input }: FieldProps) {
  const inputId = id ?? `field-${name}`;
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const invalid = Boolean(errors?.length);
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={inputId} className="font-medium text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <input
        // Explicit, so checkers that read the attribute (HTML_CodeSniffer's 1.3.5) see a text control.
        type="text"
        id={inputId}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className={`w-full rounded-md border px-3 py-2 ${invalid ? "border-red-700" : "border-slate-500"}`}
        {...input}
      />
      {invalid ? (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {errors?.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
