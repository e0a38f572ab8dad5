import { UnitAppraisalResult } from "@/components/appraisal/unit-appraisal-result";
import { getDb } from "@/db/client";
import { latestPublishedAppraisal } from "@/lib/services/appraisal/results";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";

/** For the public unit page: the unit's result in the latest closed campaign that included it. */
export async function UnitAppraisalSection({ unitId }: { unitId: number }) {
  const db = await getDb();
  const published = await latestPublishedAppraisal(db, await loadCalendar(db), unitId);
  return (
    <UnitAppraisalResult
      appraisal={
        published
          ? {
              campaignId: published.campaign.id,
              title: published.campaign.title,
              periodFrom: published.campaign.periodFrom,
              periodTo: published.campaign.periodTo,
              result: published.result,
              rank: published.rank,
              bottom: published.bottom,
            }
          : null
      }
    />
  );
}
