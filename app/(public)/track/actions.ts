"use server";

import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { cases } from "@/db/schema";
import { currentActor } from "@/lib/auth/session";
import { parseCaseReference } from "@/lib/domain/cases/reference";
import { AppError } from "@/lib/errors";
import en from "@/lib/i18n/messages/en/core.json";
import { findCaseByProof } from "@/lib/services/cases/file-case";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { giveFeedback } from "@/lib/services/cases/give-feedback";
import { serviceContext } from "@/lib/services/context";
import { FILING_ERROR_KEYS } from "@/lib/validation/case-filing";
import { feedbackSchema, trackingLookupSchema } from "@/lib/validation/feedback";
import { type FieldErrors, type ValidationKey, translateFieldErrors } from "@/lib/validation/field-errors";
import { rememberTrackingCode, trackingCodeFromPage } from "./tracking-cookies";

const KNOWN = Object.keys(en.validation);

export interface LookupState {
  values: { reference: string; trackingCode: string };
  fieldErrors?: FieldErrors;
  formError?: string;
}

// Tracking is open to guests by design: the reference and tracking code are the authorisation.
export async function lookUpCase(_previous: LookupState, formData: FormData): Promise<LookupState> {
  const t = await getTranslations();
  const values = {
    reference: String(formData.get("reference") ?? ""),
    trackingCode: String(formData.get("trackingCode") ?? ""),
  };
  const parsed = trackingLookupSchema.safeParse(values);
  if (!parsed.success)
    return {
      values,
      fieldErrors: translateFieldErrors(parsed.error, (k: ValidationKey) => t(`validation.${k}`), KNOWN),
    };
  try {
    // Guessing tracking codes is slow work: one bucket per client address.
    await enforceRateLimit("lookup");
  } catch {
    return { values, formError: t("errors.rate_limited") };
  }
  const reference = parsed.data.reference.toUpperCase();
  // One message whichever part was wrong: a malformed reference is just another miss.
  const found = parseCaseReference(reference)
    ? await findCaseByProof(await getDb(), reference, parsed.data.trackingCode)
    : null;
  if (!found) return { values, formError: t("tracking.notFound") };
  await rememberTrackingCode(found.reference, parsed.data.trackingCode.toUpperCase());
  redirect(`/track/${found.reference}`);
}

export interface FeedbackState {
  values: { contacted: string; solved: string; satisfaction: string; comment: string; decision: string };
  fieldErrors?: FieldErrors;
  formError?: string;
}

/** The callback form: the signed-in owner, or a guest whose tracking cookie proves the case. */
export async function submitFeedback(_previous: FeedbackState, formData: FormData): Promise<FeedbackState> {
  const t = await getTranslations();
  const field = (name: string) => String(formData.get(name) ?? "");
  const values = {
    contacted: field("contacted"),
    solved: field("solved"),
    satisfaction: field("satisfaction"),
    comment: field("comment"),
    decision: field("decision"),
  };
  const reference = field("reference").toUpperCase();

  // Parse.
  const parsed = feedbackSchema.safeParse(values);
  if (!parsed.success)
    return {
      values,
      fieldErrors: translateFieldErrors(parsed.error, (k: ValidationKey) => t(`validation.${k}`), KNOWN),
      formError: t("filing.errorSummary"),
    };

  // Authorise: the service checks ownership or the code against the case, inside its transaction.
  const actor = await currentActor();
  const trackingCode = parseCaseReference(reference) ? await trackingCodeFromPage(reference) : null;
  const ctx = await serviceContext();
  const [row] = await ctx.db.select({ id: cases.id }).from(cases).where(eq(cases.reference, reference));
  if (!row) return { values, formError: t("tracking.notFound") };

  // Act.
  let outcome: string;
  try {
    const result = await giveFeedback(
      { caseId: row.id, ...parsed.data, comment: parsed.data.comment ?? null },
      {
        userId: actor?.role === "citizen" ? actor.id : null,
        role: "citizen",
        proof: trackingCode ? { reference, trackingCode } : null,
      },
      ctx,
    );
    outcome = result.outcome;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "validation" && error.fieldErrors) {
      const fieldErrors = Object.fromEntries(
        Object.entries(error.fieldErrors).map(([name, keys]) => [
          name,
          keys.map((key) =>
            (FILING_ERROR_KEYS as readonly string[]).includes(key)
              ? t(`filing.errors.${key as (typeof FILING_ERROR_KEYS)[number]}`)
              : t("validation.invalid"),
          ),
        ]),
      );
      return { values, fieldErrors, formError: t("filing.errorSummary") };
    }
    return {
      values,
      formError:
        error.code === "invalid_transition"
          ? t("tracking.feedback.stale")
          : error.code === "not_found"
            ? t("tracking.notFound")
            : t(`errors.${error.code}`),
    };
  }
  redirect(`/track/${reference}?feedback=${outcome}`);
}
