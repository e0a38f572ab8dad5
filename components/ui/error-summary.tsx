"use client";

import { type MouseEvent, useEffect, useRef } from "react";
import type { ActionState } from "@/lib/actions/state";

/** The id of a field's control, as components/ui/field.tsx and the filing fields give it. */
export const fieldId = (name: string) => `field-${name}`;

/**
 * The GOV.UK error summary at the top of a form that failed: a heading, the form's own message,
 * and a link to each field with an error ("Label: message"), focused after every failed
 * submission so a screen reader reads it and a keyboard user starts from it (WCAG 3.3.1, 4.1.3).
 * The messages beside the fields stay. Nothing when the state has no error.
 */
export function ErrorSummary({
  state,
  labels = {},
  idFor = fieldId,
}: {
  state: ActionState;
  /** The fields' labels by name, so that each link says which field it goes to. */
  labels?: Record<string, string>;
  /** The control a field's link goes to. */
  idFor?: (name: string) => string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const fields = Object.entries(state.fieldErrors ?? {}).filter(([, messages]) => messages.length);
  const failed = Boolean(state.formError || fields.length);

  // After each failed submission (a new attempt), the focus goes to the summary.
  useEffect(() => {
    if (failed) box.current?.focus();
  }, [failed, state.attempt]);

  if (!failed) return null;
  return (
    <div
      ref={box}
      role="alert"
      tabIndex={-1}
      aria-labelledby={state.errorTitle ? `${idFor("error-summary")}-title` : undefined}
      className="space-y-2 rounded border-2 border-red-700 bg-red-50 p-3 text-red-900 focus:outline focus:outline-4 focus:outline-offset-2 focus:outline-amber-400"
    >
      {state.errorTitle ? (
        <h2 id={`${idFor("error-summary")}-title`} className="text-lg font-semibold">
          {state.errorTitle}
        </h2>
      ) : null}
      {state.formError ? <p>{state.formError}</p> : null}
      {fields.length ? (
        <ul className="list-disc space-y-1 pl-5">
          {fields.map(([name, messages]) => {
            const label = labels[name];
            return (
              <li key={name}>
                <a
                  href={`#${idFor(name)}`}
                  onClick={(event) => focusField(event, idFor(name))}
                  className="inline-block min-h-6 align-top font-medium text-red-900 underline"
                >
                  {label ? `${label}: ${messages.join(" ")}` : messages.join(" ")}
                </a>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * Like GOV.UK's summary: the link puts the focus in the control and scrolls its question into view
 * too — the label, or for a radio or checkbox the legend of its group (its own label is only one
 * answer; scrolled to that, the question would sit above the screen).
 */
function focusField(event: MouseEvent, id: string) {
  const control = document.getElementById(id);
  if (!control) return;
  event.preventDefault();
  control.focus({ preventScroll: true });
  const choice = control instanceof HTMLInputElement && (control.type === "radio" || control.type === "checkbox");
  const legend = choice ? control.closest("fieldset")?.querySelector("legend") : null;
  const label = legend ?? (("labels" in control && (control as HTMLInputElement).labels?.[0]) || control);
  label.scrollIntoView({ block: "start" });
  // A long group (the filing form's contact fieldset) could leave the control below the screen.
  const box = control.getBoundingClientRect();
  if (box.bottom > window.innerHeight) control.scrollIntoView({ block: "nearest" });
  history.replaceState(null, "", `#${id}`);
}
