"use client";

import Link from "next/link";
import { useActionState } from "react";
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
export function DraftForm({ action, labels, groups }: { action: (state: DraftState, formData: FormData) => Promise<DraftState>; labels: DraftLabels; groups: Group[] }) {
  const [state, formAction] = useActionState(action, { values: {} });
  const value = (name: string) => (typeof state.values[name] === "string" ? (state.values[name] as string) : "");
  const errors = (name: string) => state.fieldErrors?.[name];
  const describe = (name: string, hint?: boolean) => [hint ? `draft-${name}-hint` : null, errors(name)?.length ? `draft-${name}-error` : null].filter(Boolean).join(" ") || undefined;
  const error = (name: string) =>
    errors(name)?.length ? (
      <p id={`draft-${name}-error`} className="text-sm font-medium text-red-800">
        {errors(name)?.join(" ")}
      </p>
    ) : null;
  const border = (name: string) => (errors(name)?.length ? "border-red-700" : "border-slate-400");
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-2 text-red-900">
          {state.formError}
        </p>
      ) : null}
      <div className="flex flex-col gap-1">
        <label htmlFor="draft-title" className="font-medium">
          {labels.title}
        </label>
        <p id="draft-title-hint" className="text-sm text-slate-600">
          {labels.titleHint}
        </p>
        <input id="draft-title" name="title" maxLength={150} defaultValue={value("title")} aria-invalid={Boolean(errors("title")?.length) || undefined} aria-describedby={describe("title", true)} className={`rounded-md border px-3 py-2 ${border("title")}`} />
        {error("title")}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="draft-action" className="font-medium">
          {labels.action}
        </label>
        <p id="draft-action-hint" className="text-sm text-slate-600">
          {labels.actionHint}
        </p>
        <textarea id="draft-action" name="action" rows={4} maxLength={1000} defaultValue={value("action")} aria-invalid={Boolean(errors("action")?.length) || undefined} aria-describedby={describe("action", true)} className={`rounded-md border px-3 py-2 ${border("action")}`} />
        {error("action")}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="draft-background" className="font-medium">
          {labels.background}
        </label>
        <textarea id="draft-background" name="background" rows={5} maxLength={3000} defaultValue={value("background")} aria-invalid={Boolean(errors("background")?.length) || undefined} aria-describedby={describe("background")} className={`rounded-md border px-3 py-2 ${border("background")}`} />
        {error("background")}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="draft-categoryId" className="font-medium">
          {labels.category}
        </label>
        <select key={value("categoryId")} id="draft-categoryId" name="categoryId" defaultValue={value("categoryId")} aria-invalid={Boolean(errors("categoryId")?.length) || undefined} aria-describedby={describe("categoryId")} className={`rounded-md border px-3 py-2 ${border("categoryId")}`}>
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
        {error("categoryId")}
      </div>
      <fieldset className="space-y-2">
        <legend className="font-medium">{labels.showName}</legend>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="showCreatorName" value="yes" defaultChecked={value("showCreatorName") === "yes" || value("showCreatorName") === "on"} />
          {labels.showNameOption}
        </label>
        <div className="flex flex-col gap-1">
          <label htmlFor="draft-creatorName" className="font-medium">
            {labels.creatorName}
          </label>
          <p id="draft-creatorName-hint" className="text-sm text-slate-600">
            {labels.creatorNameHint}
          </p>
          <input id="draft-creatorName" name="creatorName" maxLength={100} defaultValue={value("creatorName")} aria-invalid={Boolean(errors("creatorName")?.length) || undefined} aria-describedby={describe("creatorName", true)} className={`rounded-md border px-3 py-2 ${border("creatorName")}`} />
          {error("creatorName")}
        </div>
      </fieldset>
      {state.similar?.length ? (
        <section aria-labelledby="similar-heading" role="region" className="space-y-2 rounded-lg border border-amber-600 bg-amber-50 p-4">
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
                <span className="text-sm text-slate-700">({labels.signaturesOf.replace("{count}", String(p.signatureCount))})</span>
              </li>
            ))}
          </ul>
          <input type="hidden" name="$checked" value="1" />
        </section>
      ) : null}
      <SubmitButton label={state.similar?.length ? labels.submitAnyway : labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
