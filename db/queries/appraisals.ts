import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Queryable } from "../client";
import { appraisalCampaigns } from "../schema";

/** The latest `limit` closed appraisal campaigns, whose results are published, most recently closed first. */
export async function listPublishedCampaigns(db: Queryable, limit: number) {
  return db
    .select({
      id: appraisalCampaigns.id,
      title: appraisalCampaigns.title,
      periodFrom: appraisalCampaigns.periodFrom,
      periodTo: appraisalCampaigns.periodTo,
    })
    .from(appraisalCampaigns)
    .where(eq(appraisalCampaigns.status, "closed"))
    .orderBy(desc(appraisalCampaigns.closedAt))
    .limit(limit);
}
