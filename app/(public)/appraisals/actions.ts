"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/components/case-action-form";
import { getDb } from "@/db/client";
import { type Translate, translateErrorKey } from "@/lib/actions/form-values";
import { AppError, toPublicError } from "@/lib/errors";
import { clientAddress, enforceRateLimit } from "@/lib/http/rate-limit";
import { log } from "@/lib/log";
import { castBallot } from "@/lib/services/appraisal/ballots";
import { findCampaign } from "@/lib/services/appraisal/campaigns";
import { findCodeRater } from "@/lib/services/appraisal/rater-codes";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { parseBallotForm, raterCodeSchema } from "@/lib/validation/appraisal";
import { ballotFor, forgetRaterCode, rememberRaterCode } from "./ballot-rater";

const ERRORS = "appraisal.errors";

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries())
    if (!key.startsWith("$") && typeof value === "string") values[key] = value;
  return values;
}

async function failure(error: unknown, values: Record<string, string>, t: Translate): Promise<ActionState> {
  if (error instanceof AppError && error.fieldErrors) {
    const { form, ...fields } = error.fieldErrors;
    const translate = (key: string) => translateErrorKey(t, ERRORS, key);
    return {
      values,
      fieldErrors: Object.fromEntries(Object.entries(fields).map(([k, keys]) => [k, keys.map(translate)])),
      formError: form?.map(translate).join(" "),
    };
  }
  const publicError = toPublicError(error);
  if (publicError.code === "internal") {
    log.error(
      { requestId: (await headers()).get("x-request-id"), err: error instanceof Error ? error.message : String(error) },
      "appraisal action failed",
    );
  }
  return { values, formError: t(publicError.messageKey) };
}

/** An invited rater types their code: rate-limited per address, then on to the campaign's ballot. */
export async function enterRaterCodeAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const t = (await getTranslations()) as unknown as Translate;
  const values = formValues(formData);
  let campaignId: number;
  try {
    await enforceRateLimit("appraisalCode");
    const parsed = raterCodeSchema.safeParse(values);
    if (!parsed.success)
      throw new AppError("validation", "code", { code: parsed.error.issues.map((issue) => issue.message) });
    const db = await getDb();
    const rater = await findCodeRater(db, parsed.data.code);
    // Unknown and malformed codes get the same answer, so the form does not help guessing.
    if (!rater) throw new AppError("validation", "code", { code: ["code_unknown"] });
    if (rater.used) throw new AppError("validation", "code", { code: ["code_used"] });
    const campaign = await findCampaign(db, rater.campaignId);
    if (campaign?.status !== "open") throw new AppError("validation", "code", { code: ["campaign_not_open"] });
    await rememberRaterCode(parsed.data.code);
    campaignId = campaign.id;
  } catch (error) {
    return failure(error, values, t);
  }
  redirect(`/appraisals/${campaignId}`);
}

/** parse → authorise (a valid code or an eligible citizen) → cast, in one transaction. */
export async function castBallotAction(campaignId: number, _: ActionState, formData: FormData): Promise<ActionState> {
  const t = (await getTranslations()) as unknown as Translate;
  const values = formValues(formData);
  try {
    await enforceRateLimit("appraisalBallot");
    const ballot = await ballotFor(campaignId);
    if (!ballot) throw new AppError("forbidden", "no ballot", { form: ["not_eligible"] });
    const { entries, errors } = parseBallotForm(
      values,
      ballot.units.map((u) => u.id),
    );
    if (Object.keys(errors).length > 0) throw new AppError("validation", "ballot", errors);
    const db = await getDb();
    await castBallot(db, await loadCalendar(db), {
      campaignId,
      rater: ballot.rater,
      entries,
      address: await clientAddress(),
    });
    if (ballot.rater.kind === "code") await forgetRaterCode();
  } catch (error) {
    return failure(error, values, t);
  }
  redirect("/appraisals?done=voted");
}
