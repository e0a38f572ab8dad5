"use server";

import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { rememberFiling, rememberTrackingCode } from "@/app/(public)/track/tracking-cookies";
import { formAction } from "@/lib/actions/form-action";
import type { ActionState } from "@/lib/actions/state";
import type { Actor } from "@/lib/auth/session";
import { can } from "@/lib/domain/access/roles";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { processPhotos } from "@/lib/services/attachments/process-photo";
import { districtOfPoint } from "@/lib/services/areas/district-of-point";
import { addVoice } from "@/lib/services/cases/add-voice";
import { type Filer, fileCase } from "@/lib/services/cases/file-case";
import { findSimilarOpenCases } from "@/lib/services/cases/similar-cases";
import { searchKnowledge } from "@/lib/services/knowledge/knowledge-base";
import { caseFilingSchema, operatorChannelSchema } from "@/lib/validation/case-filing";

export interface SimilarCaseView {
  reference: string;
  title: string;
  status: string;
  filed: string;
  voiceLabel: string;
  /** "Within 250 m of your pin", when it was found near the pin. */
  nearby: string | null;
}

export interface FilingState extends ActionState {
  step: "describe" | "review";
  similar?: SimilarCaseView[];
  /** Knowledge-base answers that may already answer the question, in the reader's language. */
  answers?: { question: string; answer: string; legalBasis: string | null }[];
}

/** Who files: a signed-in citizen or operator in their own name, or a guest. Other staff may not. */
function filer(actor: Actor | null): Filer {
  if (!actor) return { userId: null, role: null };
  if (!can(actor.role, "case.file")) throw new AppError("forbidden");
  return { userId: actor.id, role: actor.role === "operator" ? "operator" : "citizen" };
}

// Both steps keep what the form showed: the step, and the similar cases and answers found.
const keep = (previous: FilingState) => ({
  step: previous.step,
  similar: previous.similar,
  answers: previous.answers,
});
const shared = { audience: "anyone", errors: "filing.errors", summary: "filing.errorSummary", keep } as const;

/** "check" validates and shows similar open cases and knowledge answers; "file" files. */
const checkOrFile = formAction({
  ...shared,
  schema: caseFilingSchema.and(
    z.object({
      intent: z.enum(["check", "file"]).catch("check"),
      channel: z.string().optional(),
      photos: z.array(z.instanceof(File)).default([]),
    }),
  ),
  files: ["photos"],
  limit: (input) => (input.intent === "file" ? "filing" : "filingCheck"),
  act: async ({ intent, photos, channel, ...filing }, actor, ctx) => {
    const who = filer(actor);
    // An operator says how the case came in; a citizen files on the web.
    const operatorChannel = who.role === "operator" ? operatorChannelSchema.safeParse(channel) : null;
    if (operatorChannel && !operatorChannel.success)
      throw new AppError("validation", "channel", { channel: ["required"] });
    if (intent === "check") {
      const point =
        filing.latitude !== undefined && filing.longitude !== undefined
          ? { latitude: filing.latitude, longitude: filing.longitude }
          : null;
      // No district chosen: the one whose area holds the pin, or none (then only nearby cases match).
      const found = filing.districtId === undefined && point ? await districtOfPoint(ctx.db, point) : null;
      const districtId = filing.districtId ?? (found?.kind === "found" ? found.districtId : null);
      const [similar, answers] = await Promise.all([
        findSimilarOpenCases(
          {
            categoryId: filing.categoryId,
            districtId,
            text: filing.title,
            point,
            withinMetres: ctx.settings.nearbyDuplicateMetres,
          },
          ctx.db,
        ),
        searchKnowledge(ctx.db, `${filing.title} ${filing.description}`, 3),
      ]);
      return { kind: "checked" as const, similar, answers };
    }
    const processed = await processPhotos(photos);
    return {
      kind: "filed" as const,
      filed: await fileCase({ ...filing, channel: operatorChannel?.data, photos: processed }, who, ctx),
    };
  },
  after: async (result) => {
    if (result.kind !== "filed") return;
    await rememberFiling(result.filed.reference, result.filed.trackingCode);
    if (result.filed.trackingCode) await rememberTrackingCode(result.filed.reference, result.filed.trackingCode);
  },
  done: (result) => (result.kind === "filed" ? `/file/done?ref=${encodeURIComponent(result.filed.reference)}` : null),
  respond: async (result, _input, values): Promise<FilingState> => {
    if (result.kind !== "checked") return { step: "describe", values };
    const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
    return {
      step: "review",
      values,
      answers: result.answers.map((entry) => ({
        question: localized(locale as Locale, entry.questionZh, entry.questionEn),
        answer: localized(locale as Locale, entry.answerZh, entry.answerEn),
        legalBasis: entry.legalBasis,
      })),
      similar: result.similar.map((c) => ({
        reference: c.reference,
        title: c.title,
        status: t(`status.${c.status}`),
        filed: t("filing.similar.filed", { date: format.dateTime(c.createdAt, { dateStyle: "medium" }) }),
        voiceLabel: t("filing.similar.addVoice", { reference: c.reference }),
        nearby:
          c.distanceMetres === null
            ? null
            : t("filing.similar.nearby", { metres: Math.max(1, Math.round(c.distanceMetres)) }),
      })),
    };
  },
});

/** "Add my voice" to one of the similar cases instead of filing a new one. */
const addMyVoice = formAction({
  ...shared,
  schema: z.object({ intent: z.string().regex(/^voice:[A-Za-z0-9-]{1,40}$/, "invalid") }),
  limit: "addVoice",
  refusals: { invalid_transition: "filing.errors.voiceClosed" },
  act: ({ intent }, actor, ctx) => {
    const who = filer(actor);
    return addVoice(intent.slice("voice:".length), { userId: who.role === "citizen" ? who.userId : null }, ctx);
  },
  done: (result) =>
    `/file/done?ref=${encodeURIComponent(result.reference)}&voice=${result.alreadyAdded ? "already" : "added"}`,
});

/** The filing form's one action: its buttons say what the submission is for (name="intent"). */
export async function submitFiling(previous: FilingState, formData: FormData): Promise<FilingState> {
  const intent = formData.get("intent");
  return typeof intent === "string" && intent.startsWith("voice:")
    ? addMyVoice(previous, formData)
    : checkOrFile(previous, formData);
}
