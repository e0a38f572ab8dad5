import { getFormatter, getTranslations } from "next-intl/server";
import type { RectificationSource } from "@/lib/domain/supervision/rectifications";

/** What made a unit fail, in words: the campaign's result or the month's scorecard. */
export async function causeOf(row: {
  source: RectificationSource;
  campaignName: string | null;
  periodKey: string | null;
}): Promise<string> {
  const [t, format] = await Promise.all([getTranslations("rectifications"), getFormatter()]);
  if (row.source === "appraisal") return t("source.appraisal", { name: row.campaignName ?? "" });
  const month = row.periodKey
    ? format.dateTime(new Date(`${row.periodKey}-01T00:00:00Z`), { year: "numeric", month: "long", timeZone: "UTC" })
    : "";
  return t("source.scorecard", { month });
}
