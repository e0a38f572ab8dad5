"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import type { Messages } from "@/lib/i18n/catalogue";
import { FieldErrors, RadioGroup, TextareaField } from "../file/fields";
import { type FormAction, textValue } from "@/lib/actions/state";

/** The callback (回访): three questions, a comment, and accept or send back. */
export function FeedbackForm({
  action,
  labels,
  satisfaction,
  sendBack,
}: {
  action: FormAction;
  labels: Messages["tracking"]["feedback"];
  satisfaction: { value: string; label: string }[];
  /** The "you can send it back N more times" line, or null when the limit is reached. */
  sendBack: string | null;
}) {
  const [state, formAction] = useActionState(action, { values: {} });
  const value = (name: string) => textValue(state.values, name);
  const errors = state.fieldErrors ?? {};
  const yesNo = [
    { value: "yes", label: labels.yes },
    { value: "no", label: labels.no },
  ];
  const decisions = [
    { value: "accept", label: labels.accept },
    ...(sendBack ? [{ value: "send_back", label: labels.sendBack }] : []),
  ];
  return (
    <form action={formAction} className="space-y-5 rounded-lg border border-brand-100 bg-white p-6" noValidate>
      <ErrorSummary
        state={state}
        labels={{
          contacted: labels.contacted,
          solved: labels.solved,
          satisfaction: labels.satisfaction,
          comment: labels.comment,
          decision: labels.decision,
        }}
      />
      <RadioGroup
        name="contacted"
        legend={labels.contacted}
        options={yesNo}
        value={value("contacted")}
        errors={errors.contacted}
      />
      <RadioGroup name="solved" legend={labels.solved} options={yesNo} value={value("solved")} errors={errors.solved} />
      <RadioGroup
        name="satisfaction"
        legend={labels.satisfaction}
        options={satisfaction}
        value={value("satisfaction")}
        errors={errors.satisfaction}
      />
      <TextareaField
        id="field-comment"
        name="comment"
        label={labels.comment}
        hint={labels.commentHint}
        defaultValue={value("comment")}
        errors={errors.comment}
        rows={4}
        maxLength={2000}
      />
      <RadioGroup
        name="decision"
        legend={labels.decision}
        options={decisions}
        value={value("decision")}
        errors={errors.decision}
        hint={sendBack ?? labels.sendBackUnavailable}
      />
      <FieldErrors id="field-form" errors={errors.form} />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
