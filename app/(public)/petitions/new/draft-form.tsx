"use client";

import Link from "next/link";
import { type ReactNode, useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import type { DraftState } from "../actions";

export interface DraftLabels {
  title: string;
  titleHint: string;
  action: string;
  actionHint: string;
  background: string;
  category: string;
  chooseCategory: string;
  showName: string;
  showNameOption: string;
  creatorName: string;
  creatorNameHint: string;
  submit: string;
  submitAnyway: string;
  pending: string;
  similarTitle: string;
  similarLead: string;
  signaturesOf: string;
}

type Group = { label: string; options: { value: string; label: string }[] };

/** The new petition form: plain HTML (works without JavaScript); similar open petitions are shown before the draft is saved. */
export function DraftForm({
  action,
  labels,
  groups,
}: {
  action: (state: DraftState, formData: FormData) => Promise<DraftState>;
  labels: DraftLabels;
  groups: Group[];
}) {
  const [state, formAction] = useActionState(action, { values: {} });
  const value = (name: string) => (typeof state.values[name] === "string" ? (state.values[name] as string) : "");
  const control = (name: string, label: string, hint: string | null, render: (props: ControlProps) => ReactNode) => (
    <Control name={name} label={label} hint={hint} errors={state.fieldErrors?.[name]} render={render} />
  );
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <ErrorSummary
        state={state}
        labels={{
          title: labels.title,
          action: labels.action,
          background: labels.background,
          categoryId: labels.category,
          showName: labels.showName,
          creatorName: labels.creatorName,
        }}
        idFor={(name) => `draft-${name}`}
      />
      {control("title", labels.title, labels.titleHint, (props) => (
        <input {...props} maxLength={150} defaultValue={value("title")} />
      ))}
      {control("action", labels.action, labels.actionHint, (props) => (
        <textarea {...props} rows={4} maxLength={1000} defaultValue={value("action")} />
      ))}
      {control("background", labels.background, null, (props) => (
        <textarea {...props} rows={5} maxLength={3000} defaultValue={value("background")} />
      ))}
      {control("categoryId", labels.category, null, (props) => (
        <select key={value("categoryId")} {...props} defaultValue={value("categoryId")}>
          <option value="">{labels.chooseCategory}</option>
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      ))}
      <fieldset className="space-y-2">
        <legend className="font-medium">{labels.showName}</legend>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            name="showCreatorName"
            value="yes"
            defaultChecked={value("showCreatorName") === "yes"}
          />
          {labels.showNameOption}
        </label>
        {control("creatorName", labels.creatorName, labels.creatorNameHint, (props) => (
          <input {...props} maxLength={100} defaultValue={value("creatorName")} />
        ))}
      </fieldset>
      {state.similar?.length ? (
        <section
          aria-labelledby="similar-heading"
          className="space-y-2 rounded-lg border border-amber-600 bg-amber-50 p-4"
        >
          <h2 id="similar-heading" className="text-lg font-semibold">
            {labels.similarTitle}
          </h2>
          <p>{labels.similarLead}</p>
          <ul className="list-disc space-y-1 pl-6">
            {state.similar.map((p) => (
              <li key={p.id}>
                <Link href={`/petitions/${p.id}`} className="text-brand-700 underline">
                  {p.title}
                </Link>{" "}
                <span className="text-sm text-slate-700">
                  ({labels.signaturesOf.replace("{count}", String(p.signatureCount))})
                </span>
              </li>
            ))}
          </ul>
          <input type="hidden" name="checked" value="1" />
        </section>
      ) : null}
      <SubmitButton label={state.similar?.length ? labels.submitAnyway : labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}

interface ControlProps {
  id: string;
  name: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  className: string;
}

/** One labelled control with its hint and its errors, wired for screen readers. */
function Control({
  name,
  label,
  hint,
  errors,
  render,
}: {
  name: string;
  label: string;
  hint: string | null;
  errors?: string[];
  render: (props: ControlProps) => ReactNode;
}) {
  const id = `draft-${name}`;
  const invalid = Boolean(errors?.length);
  const describedBy =
    [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {render({
        id,
        name,
        "aria-invalid": invalid || undefined,
        "aria-describedby": describedBy,
        className: `rounded-md border px-3 py-2 ${invalid ? "border-red-700" : "border-slate-500"}`,
      })}
      {invalid ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {errors?.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
