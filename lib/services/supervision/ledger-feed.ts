import "server-only";
import { Feed } from "feed";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { translator } from "@/lib/i18n/translator";
import type { ServiceContext } from "@/lib/services/context";
import { publicLedger } from "./public-ledger";

export const LEDGER_FEED_ENTRIES = 50;
export const LEDGER_PAGE_PATH = "/transparency/accountability";
export const LEDGER_FEED_PATH = "/transparency/accountability/feed.xml";

/**
 * The city-wide accountability ledger as an Atom feed (RFC 4287), newest measures first, in one
 * language: the same published texts as the page, personal data removed.
 */
export async function ledgerFeed(locale: Locale, ctx: ServiceContext): Promise<string> {
  const t = translator(locale);
  const measures = await publicLedger(ctx.db, ctx.settings, { limit: LEDGER_FEED_ENTRIES });
  const page = `${ctx.appUrl}${LEDGER_PAGE_PATH}`;
  const self = `${ctx.appUrl}${LEDGER_FEED_PATH}?lang=${locale}`;
  const updated = measures.reduce<Date | null>((latest, m) => {
    const at = m.followUpUpdatedAt ?? m.recordedAt;
    return latest && latest > at ? latest : at;
  }, null);
  const feed = new Feed({
    id: self,
    title: t("accountability.feed.title"),
    description: t("accountability.feed.description"),
    link: page,
    language: locale,
    updated: updated ?? ctx.now,
    generator: false,
    copyright: "",
    feedLinks: { atom: self },
  });
  for (const m of measures) {
    const unit = localized(locale, m.unitZh, m.unitEn);
    const kind = t(`accountability.kind.${m.kind}`);
    const lines = [
      `${t("accountability.public.reason")}: ${m.reason}`,
      `${t("accountability.public.followUp")}: ${m.followUp ?? t("accountability.public.noFollowUp")}`,
      ...(m.officialName ? [`${t("accountability.public.official")}: ${m.officialName}`] : []),
      ...(m.publicCases.length ? [`${t("accountability.public.cases")}: ${m.publicCases.join(", ")}`] : []),
    ];
    feed.addItem({
      id: `${page}#measure-${m.id}`,
      link: `${page}#measure-${m.id}`,
      title: t("accountability.feed.entryTitle", { kind, unit, date: m.takenOn }),
      date: m.followUpUpdatedAt ?? m.recordedAt,
      published: m.recordedAt,
      description: lines.join("\n"),
      category: [{ name: kind, term: m.kind }],
    });
  }
  return feed.atom1();
}
