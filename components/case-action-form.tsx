"use client";

import { useActionState, useId } from "react";
import type { ActionField, ActionState, FormAction } from "@/lib/actions/state";
import { ErrorSummary } from "./ui/error-summary";
import { SubmitButton } from "./ui/submit-button";

// The types live in lib/actions/state; re-exported while the forms move over.
export type { ActionField, ActionState };
export type CaseFormAction = FormAction;

interface CaseActionFormProps {
  title: string;
  description?: string;
  fields: ActionField[];
  action: CaseFormAction;
  submitLabel: string;
  pendingLabel: string;
  /** Values to start with, such as the dispatch catalogue's suggestion. */
  initialValues?: Record<string, string | string[]>;
}

/** One staff action on a case: a plain form (works without JavaScript) whose errors sit by their fields. */
export function CaseActionForm({
  title,
  description,
  fields,
  action,
  submitLabel,
  pendingLabel,
  initialValues,
}: CaseActionFormProps) {
  const [state, formAction] = useActionState(action, { values: initialValues ?? {} });
  const formId = useId();
  return (
    <section aria-labelledby={`${formId}-title`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h3 id={`${formId}-title`} className="text-lg font-semibold">
        {title}
      </h3>
      {description ? <p className="text-sm text-slate-600">{description}</p> : null}
      <form action={formAction} className="space-y-3" noValidate>
        <ErrorSummary
          state={state}
          labels={Object.fromEntries(fields.map((field) => [field.name, field.label]))}
          idFor={(name) => `${formId}-${name}`}
        />
        {fields.map((field) => (
          <FieldControl
            key={field.name}
            field={field}
            formId={formId}
            value={state.values[field.name]}
            errors={state.fieldErrors?.[field.name]}
          />
        ))}
        <SubmitButton label={submitLabel} pendingLabel={pendingLabel} />
      </form>
    </section>
  );
}

function FieldControl({
  field,
  formId,
  value,
  errors,
}: {
  field: ActionField;
  formId: string;
  value: string | string[] | undefined;
  errors?: string[];
}) {
  const id = `${formId}-${field.name}`;
  const errorId = `${id}-error`;
  const invalid = Boolean(errors?.length);
  const common = {
    id,
    name: field.name,
    "aria-invalid": invalid || undefined,
    "aria-describedby": invalid ? errorId : undefined,
    required: field.required,
  };
  const text = typeof value === "string" ? value : "";
  const list = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  const border = invalid ? "border-red-700" : "border-slate-500";
  const error = invalid ? (
    <p id={errorId} className="text-sm font-medium text-red-800">
      {errors?.join(" ")}
    </p>
  ) : null;

  if (field.kind === "checkboxes" || field.kind === "radios") {
    return (
      <fieldset className="space-y-1" aria-describedby={invalid ? errorId : undefined}>
        <legend className="font-medium text-slate-800">{field.label}</legend>
        <div
          className={
            field.kind === "checkboxes" && field.options.length > 6
              ? "grid max-h-64 gap-1 overflow-y-auto rounded border border-slate-200 p-2 sm:grid-cols-2"
              : "flex flex-wrap gap-x-4 gap-y-1"
          }
        >
          {field.options.map((option, index) => (
            <label key={option.value} className="flex min-h-6 items-center gap-2 text-sm">
              <input
                id={index === 0 ? id : undefined}
                required={field.required && field.options.length === 1 ? true : undefined}
                type={field.kind === "radios" ? "radio" : "checkbox"}
                name={field.name}
                value={option.value}
                defaultChecked={list.includes(option.value)}
              />
              {option.label}
            </label>
          ))}
        </div>
        {error}
      </fieldset>
    );
  }
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium text-slate-800">
        {field.label}
      </label>
      {field.kind === "textarea" ? (
        <textarea
          {...common}
          rows={field.rows ?? 3}
          defaultValue={text}
          className={`w-full rounded-md border px-3 py-2 ${border}`}
        />
      ) : field.kind === "select" ? (
        // Keyed by its value: React applies a select's defaultValue only when it mounts, and the
        // form must show the submitted choice again after an error.
        <select key={text} {...common} defaultValue={text} className={`w-full rounded-md border px-3 py-2 ${border}`}>
          <option value="">{field.placeholder}</option>
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={field.kind === "text" ? (field.type ?? "text") : field.kind}
          autoComplete={field.kind === "text" ? field.autoComplete : undefined}
          min={field.kind === "number" ? field.min : undefined}
          max={field.kind === "number" ? field.max : undefined}
          defaultValue={text}
          className={`w-full rounded-md border px-3 py-2 ${border}`}
        />
      )}
      {error}
    </div>
  );
}
