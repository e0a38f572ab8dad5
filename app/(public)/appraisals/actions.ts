"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/rate-limit";
import { findCampaign } from "@/lib/services/appraisal/campaigns";
import { castBallot } from "@/lib/services/appraisal/cast-ballot";
import { findCodeRater } from "@/lib/services/appraisal/rater-codes";
import { idSchema } from "@/lib/validation/common";
import { parseBallotForm, raterCodeSchema } from "@/lib/validation/appraisal";
import { ballotFor, forgetRaterCode, rememberRaterCode } from "./ballot-rater";

const errors = "appraisal.errors";
const refuseCode = (key: string): never => {
  throw new AppError("validation", "code", { code: [key] });
};

/** An invited rater types their code: rate-limited per address, then on to the campaign's ballot. */
export const enterRaterCodeAction = formAction({
  audience: "anyone",
  schema: raterCodeSchema,
  errors,
  limit: "appraisalCode",
  act: async ({ code }, _actor, ctx) => {
    const rater = await findCodeRater(ctx.db, code);
    // Unknown and malformed codes get the same answer, so the form does not help guessing.
    if (!rater) return refuseCode("code_unknown");
    if (rater.used) return refuseCode("code_used");
    const campaign = await findCampaign(ctx.db, rater.campaignId);
    if (campaign?.status !== "open") return refuseCode("campaign_not_open");
    return campaign.id;
  },
  after: (_, { code }) => rememberRaterCode(code),
  done: (campaignId) => `/appraisals/${campaignId}`,
});

/**
 * Bound to the campaign: authorise (a valid code or an eligible citizen, ballotFor) → parse the
 * ballot against the campaign's units → cast, in one transaction.
 */
export const castBallotAction = formAction({
  audience: "anyone",
  bind: ["campaignId"],
  // The lines of a ballot depend on the campaign: checked by parseBallotForm once it is known.
  schema: z.object({ campaignId: idSchema }).catchall(z.string()),
  errors,
  limit: "appraisalBallot",
  act: async ({ campaignId, ...values }, actor, ctx) => {
    const ballot = await ballotFor(campaignId);
    if (!ballot) throw new AppError("forbidden", "no ballot", { form: ["not_eligible"] });
    const { entries, errors: lineErrors } = parseBallotForm(
      values as Record<string, string>,
      ballot.units.map((u) => u.id),
    );
    if (Object.keys(lineErrors).length > 0) throw new AppError("validation", "ballot", lineErrors);
    await castBallot({ campaignId, rater: ballot.rater, entries, address: await clientAddress() }, actor, ctx);
    return ballot.rater.kind;
  },
  after: async (kind) => {
    if (kind === "code") await forgetRaterCode();
  },
  done: () => "/appraisals?done=voted",
});
