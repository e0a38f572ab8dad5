// The results of every closed appraisal campaign (docs/open-data.md#appraisal-results), per unit: the
// lights that count, who rated by group, and the scores of lib/domain/appraisal/tally.ts, exactly as
// the campaign's public results page computes them. Below the campaign's minimum sample the lights
// and scores are empty (a small cell would reveal single votes); the totals stay.
import "server-only";
import { and, asc, count, eq, gte, lt, sql } from "drizzle-orm";
import { appraisalCampaigns, appraisalParticipations, appraisalRaterCodes, appraisalRaterGroups } from "@/db/schema";
import { RATER_GROUP_KINDS } from "@/lib/domain/appraisal/vocabulary";
import type { OpenDataColumn } from "@/lib/domain/open-data/columns";
import { campaignResults } from "../../appraisal/results";
import { type OpenDataRow, defineDataset, span, utcTimestamp } from "../dataset";

const RATER_GROUPS = ["citizens", ...RATER_GROUP_KINDS] as const;

export const APPRAISAL_RESULT_COLUMNS = [
  { key: "campaign_id", type: "integer" },
  { key: "campaign_title", type: "text" },
  { key: "period_from", type: "date" },
  { key: "period_to", type: "date" },
  { key: "closed_at", type: "timestamp" },
  { key: "unit_code", type: "text" },
  { key: "unit_name_zh", type: "text" },
  { key: "unit_name_en", type: "text" },
  { key: "minimum_sample", type: "integer", measure: "ratings" },
  { key: "appraisal_weight", type: "integer", measure: "percent" },
  { key: "ratings", type: "integer", measure: "ratings" },
  { key: "green", type: "integer", measure: "ratings" },
  { key: "yellow", type: "integer", measure: "ratings" },
  { key: "red", type: "integer", measure: "ratings" },
  ...RATER_GROUPS.map((group) => ({ key: `raters_${group}`, type: "integer", measure: "raters" }) as const),
  { key: "appraisal_score", type: "decimal", measure: "points" },
  { key: "scorecard_score", type: "decimal", measure: "points" },
  { key: "combined_score", type: "decimal", measure: "points" },
  { key: "grade", type: "text" },
  { key: "rank", type: "integer" },
] as const satisfies readonly OpenDataColumn[];

export const appraisalResultsDataset = defineDataset({
  name: "appraisal-results",
  columns: APPRAISAL_RESULT_COLUMNS,
  messages: "openData.datasets.appraisal-results.columns",
  parameters: [],
  filename: (query) => `answerable-appraisal-results-${span(query)}`,
  async *rows({ db, calendar, range }) {
    const campaigns = await db
      .select()
      .from(appraisalCampaigns)
      .where(
        and(
          eq(appraisalCampaigns.status, "closed"),
          range.from ? gte(appraisalCampaigns.closedAt, range.from) : undefined,
          range.to ? lt(appraisalCampaigns.closedAt, range.to) : undefined,
        ),
      )
      .orderBy(asc(appraisalCampaigns.closedAt), asc(appraisalCampaigns.id));
    for (const campaign of campaigns) {
      const [results, raters] = await Promise.all([
        campaignResults(db, calendar, campaign),
        db
          .select({
            unitId: appraisalParticipations.unitId,
            group: sql<string>`coalesce(${appraisalRaterGroups.kind}::text, 'citizens')`,
            n: count(),
          })
          .from(appraisalParticipations)
          .leftJoin(appraisalRaterCodes, eq(appraisalRaterCodes.id, appraisalParticipations.raterCodeId))
          .leftJoin(appraisalRaterGroups, eq(appraisalRaterGroups.id, appraisalRaterCodes.groupId))
          .where(eq(appraisalParticipations.campaignId, campaign.id))
          .groupBy(appraisalParticipations.unitId, sql`2`),
      ]);
      const ranks = new Map(results.ranked.map((row) => [row.unit.id, row.rank]));
      yield results.rows.map(({ unit, result }): OpenDataRow => {
        const scored = result.kind === "result" ? result : null;
        const row: OpenDataRow = {
          campaign_id: campaign.id,
          campaign_title: campaign.title,
          period_from: campaign.periodFrom,
          period_to: campaign.periodTo,
          closed_at: utcTimestamp(campaign.closedAt),
          unit_code: unit.code,
          unit_name_zh: unit.nameZh,
          unit_name_en: unit.nameEn,
          minimum_sample: campaign.minimumSample,
          appraisal_weight: campaign.appraisalWeight,
          ratings: result.ratings,
          green: scored?.counts.green ?? null,
          yellow: scored?.counts.yellow ?? null,
          red: scored?.counts.red ?? null,
          appraisal_score: scored?.appraisalScore ?? null,
          scorecard_score: scored?.scorecardScore ?? null,
          combined_score: scored?.combinedScore ?? null,
          grade: scored?.grade ?? null,
          rank: ranks.get(unit.id) ?? null,
        };
        for (const group of RATER_GROUPS)
          row[`raters_${group}`] = Number(raters.find((r) => r.unitId === unit.id && r.group === group)?.n ?? 0);
        return row;
      });
    }
  },
});
