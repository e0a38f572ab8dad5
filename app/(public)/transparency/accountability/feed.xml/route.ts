import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { LOCALES } from "@/lib/i18n/locales";
import { resolveLocale } from "@/lib/i18n/request";
import { ledgerFeed } from "@/lib/services/supervision/ledger-feed";

/** GET /transparency/accountability/feed.xml[?lang=zh-CN|en]: the accountability ledger as Atom. */
export const GET = apiRoute({
  audience: "anyone",
  query: z.object({ lang: z.enum(LOCALES).optional() }),
  handle: async ({ query }, _actor, ctx) =>
    new Response(await ledgerFeed(query.lang ?? (await resolveLocale()), ctx), {
      headers: {
        "Content-Type": "application/atom+xml; charset=utf-8",
        "Cache-Control": "public, max-age=300",
        "X-Content-Type-Options": "nosniff",
      },
    }),
});
