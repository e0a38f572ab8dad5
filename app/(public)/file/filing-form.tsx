"use client";

import { useActionState, useEffect, useRef } from "react";
import { Field } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { textValue } from "@/lib/actions/state";
import type { Messages } from "@/lib/i18n/catalogue";
import type { FilingState } from "./actions";
import { CheckboxField, FieldErrors, Hint, SelectField, TextareaField } from "./fields";
import { LocationPicker, type MapSettings } from "./location-picker";
import { DefaultIntent, IntentButton } from "./intent-button";
import { AnswerList, LiveAnswers } from "./live-answers";

export type FilingLabels = Messages["filing"]["form"] & {
  similarTitle: string;
  answersTitle: string;
  answersLead: string;
  similarLead: string;
  similarNone: string;
  stepCheck: string;
  stepReview: string;
};
type Option = { value: string; label: string };
type Action = (state: FilingState, formData: FormData) => Promise<FilingState>;

/**
 * Two steps in one plain form, so it works without JavaScript: "check" shows similar open cases,
 * "file" files. Every value typed comes back from the server; chosen photos cannot.
 */
export function FilingForm({
  action,
  initial,
  labels,
  types,
  groups,
  districts,
  units,
  channels,
  map,
}: {
  action: Action;
  initial: FilingState;
  labels: FilingLabels;
  types: Option[];
  groups: { label: string; options: Option[] }[];
  districts: Option[];
  /** Active units, for the one a report accuses. */
  units: Option[];
  channels: Option[] | null;
  /** The map of the location fields: tiles and where it opens (docs/maps.md). */
  map: MapSettings;
}) {
  const [state, formAction] = useActionState(action, initial);
  const { values, fieldErrors: errors = {} } = state;
  const review = state.step === "review";
  const failed = Boolean(state.formError || Object.values(errors).some((messages) => messages.length));
  // The check step replaces the form (it is keyed on the attempt), so the focused "Continue" button
  // is gone and the focus would fall to the page's body: it goes to the step's line instead, which
  // a screen reader then reads. A failed attempt leaves the focus to the error summary.
  const stepLine = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (review && !failed) stepLine.current?.focus();
  }, [review, failed, state.attempt]);
  return (
    <form key={state.attempt ?? 0} action={formAction} encType="multipart/form-data" className="space-y-8" noValidate>
      <DefaultIntent intent={review ? "file" : "check"} label={review ? labels.file : labels.check} />
      <p ref={stepLine} tabIndex={-1} className="font-medium text-brand-900">
        {review ? labels.stepReview : labels.stepCheck}
      </p>
      <ErrorSummary
        state={state}
        labels={{
          channel: labels.channel,
          type: labels.type,
          accusedUnitId: labels.accusedUnit,
          categoryId: labels.category,
          districtId: labels.district,
          street: labels.street,
          address: labels.address,
          latitude: labels.latitude,
          longitude: labels.longitude,
          title: labels.titleField,
          description: labels.description,
          photos: labels.photos,
          contact: labels.contactSection,
          name: labels.name,
          phone: labels.phone,
          email: labels.email,
          anonymous: labels.anonymous,
          mayPublish: labels.mayPublish,
        }}
        idFor={(name) => (name === "contact" ? "field-name" : `field-${name}`)}
      />
      <input type="hidden" name="idempotencyKey" value={values.idempotencyKey} />

      {review && state.answers?.length ? (
        <section
          aria-labelledby="answers-heading"
          className="space-y-3 rounded-lg border border-green-200 bg-white p-4 sm:p-6"
        >
          <h2 id="answers-heading" className="text-xl font-semibold">
            {labels.answersTitle}
          </h2>
          <p className="text-slate-700">{labels.answersLead}</p>
          <AnswerList answers={state.answers} />
        </section>
      ) : null}
      {review ? (
        <section
          aria-labelledby="similar-heading"
          className="space-y-3 rounded-lg border border-brand-100 bg-white p-4 sm:p-6"
        >
          <h2 id="similar-heading" className="text-xl font-semibold">
            {labels.similarTitle}
          </h2>
          {state.similar?.length ? (
            <>
              <p className="text-slate-700">{labels.similarLead}</p>
              <ul className="space-y-3">
                {state.similar.map((c) => (
                  <li
                    key={c.reference}
                    className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3"
                  >
                    <div>
                      <p className="font-medium">{c.title}</p>
                      <p className="text-sm text-slate-600">
                        <span className="font-mono">{c.reference}</span> · {c.status} · {c.filed}
                        {c.nearby ? <> · {c.nearby}</> : null}
                      </p>
                    </div>
                    <IntentButton
                      intent={`voice:${c.reference}`}
                      label={c.voiceLabel}
                      pendingLabel={labels.pending}
                      secondary
                    />
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="text-slate-700">{labels.similarNone}</p>
          )}
        </section>
      ) : null}

      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <legend className="px-1 text-xl font-semibold">{labels.caseSection}</legend>
        {channels ? (
          <SelectField
            id="field-channel"
            name="channel"
            label={labels.channel}
            hint={labels.channelHint}
            defaultValue={values.channel}
            errors={errors.channel}
          >
            {channels.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SelectField
          required
          id="field-type"
          name="type"
          label={labels.type}
          defaultValue={values.type}
          errors={errors.type}
        >
          {types.map((type) => (
            <option key={type.value} value={type.value}>
              {type.label}
            </option>
          ))}
        </SelectField>
        {/* Always present, so the form works without JavaScript; the server refuses it on other types. */}
        <SelectField
          id="field-accusedUnitId"
          name="accusedUnitId"
          label={labels.accusedUnit}
          hint={labels.accusedUnitHint}
          defaultValue={values.accusedUnitId}
          errors={errors.accusedUnitId}
        >
          <option value="">{labels.accusedUnitNone}</option>
          {units.map((u) => (
            <option key={u.value} value={u.value}>
              {u.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          required
          id="field-categoryId"
          name="categoryId"
          label={labels.category}
          defaultValue={values.categoryId}
          errors={errors.categoryId}
        >
          <option value="">{labels.categoryPlaceholder}</option>
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <SelectField
          id="field-districtId"
          name="districtId"
          label={labels.district}
          hint={labels.districtHint}
          defaultValue={values.districtId}
          errors={errors.districtId}
        >
          <option value="">{labels.districtPlaceholder}</option>
          {districts.map((d) => (
            <option key={d.value} value={d.value}>
              {d.label}
            </option>
          ))}
        </SelectField>
        <Field
          name="street"
          label={labels.street}
          defaultValue={values.street}
          errors={errors.street}
          maxLength={100}
        />
        <Field
          name="address"
          label={labels.address}
          defaultValue={values.address}
          errors={errors.address}
          maxLength={200}
          autoComplete="address-line1"
        />
        <LocationPicker
          labels={labels}
          map={map}
          initial={{ latitude: textValue(values, "latitude"), longitude: textValue(values, "longitude") }}
          errors={{ latitude: errors.latitude, longitude: errors.longitude }}
        />
        <Field
          name="title"
          required
          label={labels.titleField}
          hint={labels.titleHint}
          defaultValue={values.title}
          errors={errors.title}
          maxLength={200}
        />
        <TextareaField
          required
          id="field-description"
          name="description"
          label={labels.description}
          hint={labels.descriptionHint}
          defaultValue={values.description}
          errors={errors.description}
          rows={7}
          maxLength={4000}
        />
        {review ? null : <LiveAnswers title={labels.answersTitle} lead={labels.answersLead} />}
        <div className="flex flex-col gap-1">
          <label htmlFor="field-photos" className="font-medium text-slate-800">
            {labels.photos}
          </label>
          <p id="field-photos-hint" className="text-sm text-slate-600">
            {labels.photosHint}
            {review ? <strong className="mt-1 block text-amber-900">{labels.photosAgain}</strong> : null}
          </p>
          <input
            id="field-photos"
            name="photos"
            type="file"
            multiple
            accept="image/jpeg,image/png,image/webp"
            aria-describedby={`field-photos-hint${errors.photos ? " field-photos-error" : ""}`}
            aria-invalid={errors.photos ? true : undefined}
          />
          <FieldErrors id="field-photos" errors={errors.photos} />
        </div>
      </fieldset>

      <fieldset
        aria-describedby={`field-contact-hint${errors.contact ? " field-contact-error" : ""}`}
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
      >
        <legend className="px-1 text-xl font-semibold">{labels.contactSection}</legend>
        <Hint id="field-contact" text={labels.contactHint} />
        <FieldErrors id="field-contact" errors={errors.contact} />
        <Field
          name="name"
          label={labels.name}
          defaultValue={values.name}
          errors={errors.name}
          autoComplete="name"
          maxLength={100}
        />
        <Field
          name="phone"
          label={labels.phone}
          hint={labels.phoneHint}
          type="tel"
          defaultValue={values.phone}
          errors={errors.phone}
          autoComplete="tel"
        />
        <Field
          name="email"
          label={labels.email}
          hint={labels.emailHint}
          type="email"
          defaultValue={values.email}
          errors={errors.email}
          autoComplete="email"
        />
        <CheckboxField
          id="field-anonymous"
          name="anonymous"
          label={labels.anonymous}
          hint={labels.anonymousHint}
          defaultChecked={values.anonymous === "on"}
          errors={errors.anonymous}
        />
        <CheckboxField
          id="field-mayPublish"
          name="mayPublish"
          label={labels.mayPublish}
          hint={labels.mayPublishHint}
          defaultChecked={values.mayPublish === "on"}
          errors={errors.mayPublish}
        />
      </fieldset>

      <div className="flex flex-wrap gap-3">
        {review ? (
          <IntentButton
            intent="file"
            label={state.similar?.length ? labels.fileAnyway : labels.file}
            pendingLabel={labels.pending}
          />
        ) : (
          <IntentButton intent="check" label={labels.check} pendingLabel={labels.pending} />
        )}
      </div>
    </form>
  );
}
