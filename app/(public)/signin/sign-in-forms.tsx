"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormAction, textValue } from "@/lib/actions/state";

interface Labels {
  staffTitle: string;
  staffLead: string;
  citizenTitle: string;
  citizenLead: string;
  email: string;
  password: string;
  signIn: string;
  sendLink: string;
  pending: string;
}

type Action = FormAction;

export function SignInForms({
  labels,
  next,
  staffAction,
  citizenAction,
}: {
  labels: Labels;
  next: string;
  staffAction: Action;
  citizenAction: Action;
}) {
  const [staff, staffFormAction] = useActionState(staffAction, { values: {} });
  const [citizen, citizenFormAction] = useActionState(citizenAction, { values: {} });
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <section aria-labelledby="citizen-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="citizen-heading" className="text-xl font-semibold">
          {labels.citizenTitle}
        </h2>
        <p className="text-slate-700">{labels.citizenLead}</p>
        <form action={citizenFormAction} className="space-y-4" noValidate>
          <input type="hidden" name="next" value={next} />
          <ErrorSummary state={citizen} labels={{ email: labels.email }} idFor={(name) => `citizen-${name}`} />
          <Field
            id="citizen-email"
            name="email"
            type="email"
            autoComplete="email"
            label={labels.email}
            defaultValue={textValue(citizen.values, "email")}
            errors={citizen.fieldErrors?.email}
          />
          <SubmitButton label={labels.sendLink} pendingLabel={labels.pending} />
        </form>
      </section>
      <section aria-labelledby="staff-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="staff-heading" className="text-xl font-semibold">
          {labels.staffTitle}
        </h2>
        <p className="text-slate-700">{labels.staffLead}</p>
        <form action={staffFormAction} className="space-y-4" noValidate>
          <input type="hidden" name="next" value={next} />
          <ErrorSummary
            state={staff}
            labels={{ email: labels.email, password: labels.password }}
            idFor={(name) => `staff-${name}`}
          />
          <Field
            id="staff-email"
            name="email"
            // "username" (what password managers key on) belongs to text controls, not type=email.
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            autoComplete="username"
            label={labels.email}
            defaultValue={textValue(staff.values, "email")}
            errors={staff.fieldErrors?.email}
          />
          <Field
            id="staff-password"
            name="password"
            type="password"
            autoComplete="current-password"
            label={labels.password}
            errors={staff.fieldErrors?.password}
          />
          <SubmitButton label={labels.signIn} pendingLabel={labels.pending} />
        </form>
      </section>
    </div>
  );
}
