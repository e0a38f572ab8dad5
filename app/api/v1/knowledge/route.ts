import { getLocale } from "next-intl/server";
import { getDb } from "@/db/client";
import { toPublicError } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { searchKnowledge } from "@/lib/services/knowledge/knowledge-base";

const MAX_QUERY = 300;

/**
 * GET /api/v1/knowledge?q=… — up to three published knowledge-base answers for what a citizen is
 * typing, in the reader's language. Public reference text only; rate limited per address.
 */
export async function GET(request: Request) {
  try {
    await enforceRateLimit("knowledge");
    const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, MAX_QUERY);
    const locale = (await getLocale()) as Locale;
    const entries = q.trim().length < 2 ? [] : await searchKnowledge(await getDb(), q, 3);
    const answers = entries.map((entry) => ({
      question: localized(locale, entry.questionZh, entry.questionEn),
      answer: localized(locale, entry.answerZh, entry.answerEn),
      legalBasis: entry.legalBasis,
    }));
    return Response.json({ answers }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    const failure = toPublicError(error);
    return Response.json({ answers: [], error: failure.code }, { status: failure.status });
  }
}
