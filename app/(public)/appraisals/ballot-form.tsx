"use client";

import { ErrorSummary } from "@/components/ui/error-summary";
import { useActionState, useId } from "react";
import type { ActionState, FormAction as CaseFormAction } from "@/lib/actions/state";
import { SubmitButton } from "@/components/ui/submit-button";

interface BallotFormProps {
  units: { id: number; name: string }[];
  action: CaseFormAction;
  labels: {
    lights: { green: string; yellow: string; red: string };
    skip: string;
    lightLegend: string;
    comment: string;
    commentHint: string;
    submit: string;
    pending: string;
  };
}

/** One fieldset per unit: a light (or "not rating") and an optional comment. Works without JavaScript. */
export function BallotForm({ units, action, labels }: BallotFormProps) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, { values: {} });
  const formId = useId();
  const value = (name: string) => {
    const v = state.values[name];
    return typeof v === "string" ? v : "";
  };
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <ErrorSummary
        state={state}
        labels={Object.fromEntries(
          units.flatMap((unit) => [
            [`light-${unit.id}`, `${labels.lightLegend}: ${unit.name}`],
            [`comment-${unit.id}`, unit.name],
          ]),
        )}
        idFor={(name) => `${formId}-${name}`}
      />
      {units.map((unit) => {
        const lightName = `light-${unit.id}`;
        const commentName = `comment-${unit.id}`;
        const lightErrors = state.fieldErrors?.[lightName];
        const commentErrors = state.fieldErrors?.[commentName];
        const lightErrorId = `${formId}-${lightName}-error`;
        const commentId = `${formId}-${commentName}`;
        const commentErrorId = `${commentId}-error`;
        const commentHintId = `${commentId}-hint`;
        const chosen = value(lightName);
        return (
          <fieldset
            key={unit.id}
            className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
            aria-describedby={lightErrors ? lightErrorId : undefined}
          >
            <legend className="px-1 text-lg font-semibold">{unit.name}</legend>
            <div
              role="radiogroup"
              aria-label={`${labels.lightLegend}: ${unit.name}`}
              className="flex flex-wrap gap-x-5 gap-y-2"
            >
              {(["green", "yellow", "red"] as const).map((light) => (
                <label key={light} className="flex items-center gap-2">
                  <input
                    id={light === "green" ? `${formId}-${lightName}` : undefined}
                    type="radio"
                    name={lightName}
                    value={light}
                    defaultChecked={chosen === light}
                  />
                  {labels.lights[light]}
                </label>
              ))}
              <label className="flex items-center gap-2 text-slate-700">
                <input type="radio" name={lightName} value="" defaultChecked={chosen === ""} />
                {labels.skip}
              </label>
            </div>
            {lightErrors ? (
              <p id={lightErrorId} className="text-sm font-medium text-red-800">
                {lightErrors.join(" ")}
              </p>
            ) : null}
            <div className="flex flex-col gap-1">
              <label htmlFor={commentId} className="font-medium text-slate-800">
                {labels.comment}
              </label>
              <p id={commentHintId} className="text-sm text-slate-600">
                {labels.commentHint}
              </p>
              <textarea
                id={commentId}
                name={commentName}
                rows={2}
                defaultValue={value(commentName)}
                aria-invalid={commentErrors ? true : undefined}
                aria-describedby={[commentHintId, commentErrors ? commentErrorId : null].filter(Boolean).join(" ")}
                className={`rounded-md border px-3 py-2 ${commentErrors ? "border-red-700" : "border-slate-500"}`}
              />
              {commentErrors ? (
                <p id={commentErrorId} className="text-sm font-medium text-red-800">
                  {commentErrors.join(" ")}
                </p>
              ) : null}
            </div>
          </fieldset>
        );
      })}
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
