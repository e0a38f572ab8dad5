import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

// Form controls the filing and tracking forms share, wired like components/ui/field.tsx:
// a label, an optional hint, the errors next to the control, aria-describedby for both.

function describedBy(id: string, hint?: string, errors?: readonly string[]) {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function Hint({ id, text }: { id: string; text?: string }) {
  return text ? (
    <p id={`${id}-hint`} className="text-sm text-slate-600">
      {text}
    </p>
  ) : null;
}

export function FieldErrors({ id, errors }: { id: string; errors?: readonly string[] }) {
  return errors?.length ? (
    <p id={`${id}-error`} className="text-sm font-medium text-red-800">
      {errors.join(" ")}
    </p>
  ) : null;
}

const control = (invalid: boolean) =>
  `w-full rounded-md border bg-white px-3 py-2 ${invalid ? "border-red-700" : "border-slate-500"}`;

export function SelectField({
  id,
  name,
  label,
  hint,
  errors,
  children,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errors?: readonly string[];
  children: ReactNode;
}) {
  const invalid = Boolean(errors?.length);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium text-slate-800">
        {label}
      </label>
      <Hint id={id} text={hint} />
      <select
        id={id}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(id, hint, errors)}
        className={control(invalid)}
        {...select}
      >
        {children}
      </select>
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

export function TextareaField({
  id,
  name,
  label,
  hint,
  errors,
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errors?: readonly string[];
}) {
  const invalid = Boolean(errors?.length);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium text-slate-800">
        {label}
      </label>
      <Hint id={id} text={hint} />
      <textarea
        id={id}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(id, hint, errors)}
        className={control(invalid)}
        {...textarea}
      />
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

export function CheckboxField({
  id,
  name,
  label,
  hint,
  defaultChecked,
  errors,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  defaultChecked?: boolean;
  errors?: readonly string[];
}) {
  return (
    <div className="flex gap-3">
      <input
        id={id}
        name={name}
        type="checkbox"
        defaultChecked={defaultChecked}
        aria-describedby={describedBy(id, hint, errors)}
        className="mt-1 h-5 w-5"
      />
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="font-medium text-slate-800">
          {label}
        </label>
        <Hint id={id} text={hint} />
        <FieldErrors id={id} errors={errors} />
      </div>
    </div>
  );
}

/** A group of radio buttons with a legend, its errors next to the legend. */
export function RadioGroup({
  name,
  legend,
  options,
  value,
  errors,
  hint,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  value: string;
  errors?: readonly string[];
  hint?: string;
}) {
  const id = `field-${name}`;
  const invalid = Boolean(errors?.length);
  return (
    <fieldset
      aria-describedby={describedBy(id, hint, errors)}
      aria-invalid={invalid || undefined}
      className="space-y-1"
    >
      <legend className="font-medium text-slate-800">{legend}</legend>
      <Hint id={id} text={hint} />
      <div className="flex flex-wrap gap-x-6 gap-y-1">
        {options.map((option, index) => (
          <label key={option.value} className="flex min-h-6 items-center gap-2">
            <input
              id={index === 0 ? id : undefined}
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={value === option.value}
              className="h-4 w-4"
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldErrors id={id} errors={errors} />
    </fieldset>
  );
}
