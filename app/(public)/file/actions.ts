"use server";

import { redirect } from "next/navigation";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { rememberFiling, rememberTrackingCode } from "@/app/(public)/track/tracking-cookies";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/domain/access/roles";
import { AppError } from "@/lib/errors";
import en from "@/lib/i18n/messages/en/core.json";
import { log } from "@/lib/log";
import { processPhotos } from "@/lib/services/attachments/process-photo";
import { addVoice } from "@/lib/services/cases/add-voice";
import { type Filer, fileCase } from "@/lib/services/cases/file-case";
import { findSimilarOpenCases } from "@/lib/services/cases/similar-cases";
import { searchKnowledge } from "@/lib/services/knowledge/knowledge-base";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { serviceContext } from "@/lib/services/context";
import {
  FILING_ERROR_KEYS,
  FILING_FIELDS,
  type FilingValues,
  caseFilingSchema,
  operatorChannelSchema,
} from "@/lib/validation/case-filing";
import { nulFieldErrors } from "@/lib/validation/common";
import { type FieldErrors, translateFieldErrors } from "@/lib/validation/field-errors";

export interface SimilarCaseView {
  reference: string;
  title: string;
  status: string;
  filed: string;
  voiceLabel: string;
}

export interface FilingState {
  step: "describe" | "review";
  values: FilingValues;
  fieldErrors?: FieldErrors;
  formError?: string;
  similar?: SimilarCaseView[];
  /** Knowledge-base answers that may already answer the question, in the reader's language. */
  answers?: { question: string; answer: string; legalBasis: string | null }[];
  /** Counts submissions, so the form is rebuilt from the values after each one. */
  attempt?: number;
}

const VALIDATION_KEYS = Object.keys(en.validation);
const KNOWN = [...VALIDATION_KEYS, ...FILING_ERROR_KEYS];

async function messageTranslator() {
  const t = await getTranslations();
  return (key: string) =>
    (FILING_ERROR_KEYS as readonly string[]).includes(key)
      ? t(`filing.errors.${key as (typeof FILING_ERROR_KEYS)[number]}`)
      : t(`validation.${(VALIDATION_KEYS.includes(key) ? key : "invalid") as keyof typeof en.validation}`);
}

function typedValues(formData: FormData): FilingValues {
  const values = {} as FilingValues;
  for (const field of FILING_FIELDS) {
    const value = formData.get(field);
    values[field] = typeof value === "string" ? value : "";
  }
  return values;
}

/** Who files: a signed-in citizen or operator in their own name, or a guest. Other staff may not. */
async function filer(): Promise<Filer | null> {
  const actor = await currentActor();
  if (!actor) return { userId: null, role: null };
  if (!can(actor.role, "case.file")) return null;
  return { userId: actor.id, role: actor.role === "operator" ? "operator" : "citizen" };
}

/**
 * The filing form's one action: "check" validates and shows similar open cases, "file" files,
 * "voice:<reference>" adds the citizen's voice to one of the similar cases instead.
 */
export async function submitFiling(previous: FilingState, formData: FormData): Promise<FilingState> {
  return { ...(await checkOrFile(previous, formData)), attempt: (previous.attempt ?? 0) + 1 };
}

async function checkOrFile(previous: FilingState, formData: FormData): Promise<FilingState> {
  const t = await getTranslations();
  const message = await messageTranslator();
  const values = typedValues(formData);
  const intent = String(formData.get("intent") ?? "check");

  // Authorise.
  const who = await filer();
  if (!who) return { ...previous, values, formError: t("errors.forbidden") };
  const ctx = await serviceContext();

  if (intent.startsWith("voice:")) {
    let outcome: string;
    try {
      await enforceRateLimit("addVoice");
      const result = await addVoice(
        intent.slice("voice:".length),
        { userId: who.role === "citizen" ? who.userId : null },
        ctx,
      );
      outcome = `/file/done?ref=${encodeURIComponent(result.reference)}&voice=${result.alreadyAdded ? "already" : "added"}`;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return {
        ...previous,
        values,
        formError: error.code === "invalid_transition" ? t("filing.errors.voiceClosed") : t(`errors.${error.code}`),
      };
    }
    redirect(outcome);
  }

  // Parse.
  const parsed = caseFilingSchema.safeParse(
    Object.fromEntries(FILING_FIELDS.map((field) => [field, formData.get(field) ?? undefined])),
  );
  const channel = who.role === "operator" ? operatorChannelSchema.safeParse(values.channel) : null;
  // A NUL byte would fail the insert: it is a field error like any other, shown with the rest.
  const nul = nulFieldErrors(values);
  if (!parsed.success || nul || (channel && !channel.success)) {
    const fieldErrors = parsed.success ? {} : translateFieldErrors(parsed.error, message, KNOWN);
    for (const [field, keys] of Object.entries(nul ?? {})) fieldErrors[field] = keys.map(message);
    if (channel && !channel.success) fieldErrors.channel = [message("required")];
    return { step: previous.step, values, fieldErrors, formError: t("filing.errorSummary"), similar: previous.similar };
  }

  if (intent !== "file") {
    try {
      await enforceRateLimit("filingCheck");
    } catch {
      return { ...previous, values, formError: t("errors.rate_limited") };
    }
    const format = await getFormatter();
    const similar = await findSimilarOpenCases(
      { categoryId: parsed.data.categoryId, districtId: parsed.data.districtId, text: parsed.data.title },
      ctx.db,
    );
    const locale = (await getLocale()) as Locale;
    const answers = (await searchKnowledge(ctx.db, `${parsed.data.title} ${parsed.data.description}`, 3)).map(
      (entry) => ({
        question: localized(locale, entry.questionZh, entry.questionEn),
        answer: localized(locale, entry.answerZh, entry.answerEn),
        legalBasis: entry.legalBasis,
      }),
    );
    return {
      step: "review",
      values,
      answers,
      similar: similar.map((c) => ({
        reference: c.reference,
        title: c.title,
        status: t(`status.${c.status}`),
        filed: t("filing.similar.filed", { date: format.dateTime(c.createdAt, { dateStyle: "medium" }) }),
        voiceLabel: t("filing.similar.addVoice", { reference: c.reference }),
      })),
    };
  }

  // Act.
  let filed: Awaited<ReturnType<typeof fileCase>>;
  try {
    await enforceRateLimit("filing");
  } catch {
    return { ...previous, values, formError: t("errors.rate_limited") };
  }
  try {
    const photos = await processPhotos(
      formData.getAll("photos").filter((entry): entry is File => typeof entry !== "string"),
    );
    filed = await fileCase({ ...parsed.data, channel: channel?.data, photos }, who, ctx);
  } catch (error) {
    if (error instanceof AppError && error.code === "validation" && error.fieldErrors) {
      const fieldErrors = Object.fromEntries(
        Object.entries(error.fieldErrors).map(([field, keys]) => [field, keys.map(message)]),
      );
      return { ...previous, values, fieldErrors, formError: t("filing.errorSummary") };
    }
    log.error({ err: error instanceof Error ? error.message : String(error) }, "filing failed");
    return { ...previous, values, formError: t("filing.errors.form") };
  }
  await rememberFiling(filed.reference, filed.trackingCode);
  if (filed.trackingCode) await rememberTrackingCode(filed.reference, filed.trackingCode);
  redirect(`/file/done?ref=${encodeURIComponent(filed.reference)}`);
}
