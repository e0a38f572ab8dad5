import { z } from "zod";
import { getLocale } from "next-intl/server";
import { apiRoute } from "@/lib/api/route";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { searchKnowledge } from "@/lib/services/knowledge/knowledge-base";

const MAX_QUERY = 300;

/**
 * GET /api/v1/knowledge?q=… — up to three published knowledge-base answers for what a citizen is
 * typing, in the reader's language. Public reference text only; rate limited per address.
 */
export const GET = apiRoute({
  audience: "anyone",
  query: z.object({
    q: z
      .string()
      .default("")
      .transform((q) => q.slice(0, MAX_QUERY)),
  }),
  limit: "knowledge",
  handle: async ({ query: { q } }, _actor, ctx) => {
    const locale = (await getLocale()) as Locale;
    const entries = q.trim().length < 2 ? [] : await searchKnowledge(ctx.db, q, 3);
    const answers = entries.map((entry) => ({
      question: localized(locale, entry.questionZh, entry.questionEn),
      answer: localized(locale, entry.answerZh, entry.answerEn),
      legalBasis: entry.legalBasis,
    }));
    return Response.json({ answers }, { headers: { "cache-control": "no-store" } });
  },
});
