"use client";

import { useActionState } from "react";
import { ErrorSummary, fieldId } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormAction, textValue } from "@/lib/actions/state";

export interface CallbackLabels {
  reached: string;
  reachedHint: string;
  contacted: string;
  solved: string;
  satisfaction: string;
  answersLegend: string;
  calledAt: string;
  sendBack: string;
  sendBackHint: string;
  yes: string;
  no: string;
  submit: string;
  pending: string;
}

/** The operator's record of a callback: reached or not, the caller's three answers, when. */
export function CallbackForm({
  action,
  labels,
  satisfaction,
  now,
  maySendBack,
}: {
  action: FormAction;
  labels: CallbackLabels;
  satisfaction: { value: string; label: string }[];
  /** The local date and time to start the "called at" field with. */
  now: string;
  maySendBack: boolean;
}) {
  const [state, formAction] = useActionState(action, { values: { calledAt: now } });
  const value = (name: string) => textValue(state.values, name);
  const errors = state.fieldErrors ?? {};
  const yesNo = [
    { value: "yes", label: labels.yes },
    { value: "no", label: labels.no },
  ];
  return (
    <form
      action={formAction}
      className="space-y-5 rounded-lg border border-slate-200 bg-white p-4"
      noValidate
      key={state.attempt ?? 0}
    >
      <ErrorSummary
        state={state}
        labels={{
          reached: labels.reached,
          contacted: labels.contacted,
          solved: labels.solved,
          satisfaction: labels.satisfaction,
          calledAt: labels.calledAt,
          sendBack: labels.sendBack,
        }}
      />
      <Radios
        name="reached"
        legend={labels.reached}
        hint={labels.reachedHint}
        options={yesNo}
        value={value("reached")}
        errors={errors.reached}
      />
      <fieldset className="space-y-4 rounded-md border border-slate-200 p-3">
        <legend className="px-1 font-semibold text-slate-800">{labels.answersLegend}</legend>
        <Radios
          name="contacted"
          legend={labels.contacted}
          options={yesNo}
          value={value("contacted")}
          errors={errors.contacted}
        />
        <Radios name="solved" legend={labels.solved} options={yesNo} value={value("solved")} errors={errors.solved} />
        <Radios
          name="satisfaction"
          legend={labels.satisfaction}
          options={satisfaction}
          value={value("satisfaction")}
          errors={errors.satisfaction}
        />
        {maySendBack ? (
          <div className="space-y-1">
            <label className="flex min-h-6 items-center gap-2">
              <input
                type="checkbox"
                id={fieldId("sendBack")}
                name="sendBack"
                defaultChecked={value("sendBack") === "on"}
                aria-describedby={`${fieldId("sendBack")}-hint`}
              />
              {labels.sendBack}
            </label>
            <p id={`${fieldId("sendBack")}-hint`} className="text-sm text-slate-600">
              {labels.sendBackHint}
            </p>
            <FieldError name="sendBack" errors={errors.sendBack} />
          </div>
        ) : null}
      </fieldset>
      <Field
        name="calledAt"
        type="datetime-local"
        label={labels.calledAt}
        defaultValue={value("calledAt")}
        errors={errors.calledAt}
        required
      />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}

function FieldError({ name, errors }: { name: string; errors?: readonly string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={`${fieldId(name)}-error`} className="text-sm font-medium text-red-800">
      {errors.join(" ")}
    </p>
  );
}

function Radios({
  name,
  legend,
  hint,
  options,
  value,
  errors,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  value: string;
  errors?: readonly string[];
}) {
  const invalid = Boolean(errors?.length);
  const described = [hint ? `${fieldId(name)}-hint` : null, invalid ? `${fieldId(name)}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <fieldset className="space-y-1" aria-describedby={described || undefined}>
      <legend className="font-medium text-slate-800">{legend}</legend>
      {hint ? (
        <p id={`${fieldId(name)}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((option, index) => (
          <label key={option.value} className="flex min-h-6 items-center gap-2">
            <input
              type="radio"
              id={index === 0 ? fieldId(name) : undefined}
              name={name}
              value={option.value}
              defaultChecked={value === option.value}
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError name={name} errors={errors} />
    </fieldset>
  );
}
