// One-time codes for invited raters. Only their hashes are stored: the plain codes are handed
// out once, as the CSV the supervisor exports, and cannot be shown again.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { appraisalCampaigns, appraisalRaterCodes, appraisalRaterGroups } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { normalizeRaterCode, raterCodeFromBytes } from "@/lib/domain/appraisal/rater-code";
import { AppError } from "@/lib/errors";
import { recordAdminChange } from "@/lib/services/admin/audit";
import type { ServiceContext } from "@/lib/services/context";

export function hashRaterCode(code: string): string {
  return createHash("sha256").update(`appraisal-code:${code}`).digest("hex");
}

function newRaterCode(): string {
  // 24 bytes leave room for the few rejected (biased) ones; 11 are needed.
  for (;;) {
    try {
      return raterCodeFromBytes(randomBytes(24));
    } catch {
      // Astronomically unlikely: more than 13 of 24 bytes ≥ 248. Draw again.
    }
  }
}

export interface GeneratedCodes {
  campaignTitle: string;
  groupName: string;
  codes: string[];
}

/** New codes for a group of a campaign that is not closed; returned once, never stored in plain. */
export async function generateRaterCodes(
  input: { campaignId: number; groupId: number; count: number },
  actor: Actor,
  ctx: ServiceContext,
): Promise<GeneratedCodes> {
  const { db, now } = ctx;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ group: appraisalRaterGroups, campaign: appraisalCampaigns })
      .from(appraisalRaterGroups)
      .innerJoin(appraisalCampaigns, eq(appraisalCampaigns.id, appraisalRaterGroups.campaignId))
      .where(eq(appraisalRaterGroups.id, input.groupId))
      .for("update", { of: appraisalCampaigns });
    if (!row || row.campaign.id !== input.campaignId) throw new AppError("not_found");
    if (row.campaign.status === "closed")
      throw new AppError("invalid_transition", "campaign closed", { form: ["campaignClosed"] });
    const codes = Array.from({ length: input.count }, newRaterCode);
    await tx
      .insert(appraisalRaterCodes)
      .values(codes.map((code) => ({ groupId: input.groupId, codeHash: hashRaterCode(code), createdAt: now })));
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: "appraisal.codes",
      subject: `appraisal:${input.campaignId}`,
      after: { groupId: input.groupId, count: input.count },
      at: now,
    });
    return { campaignTitle: row.campaign.title, groupName: row.group.name, codes };
  });
}

export interface CodeRater {
  codeId: number;
  campaignId: number;
  used: boolean;
}

/** The code's campaign, or null when the code is malformed or unknown. */
export async function findCodeRater(
  db: Queryable,
  typed: string,
  options: { forUpdate?: boolean } = {},
): Promise<CodeRater | null> {
  const code = normalizeRaterCode(typed);
  if (!code) return null;
  const query = db
    .select({
      codeId: appraisalRaterCodes.id,
      campaignId: appraisalRaterGroups.campaignId,
      usedOn: appraisalRaterCodes.usedOn,
    })
    .from(appraisalRaterCodes)
    .innerJoin(appraisalRaterGroups, eq(appraisalRaterGroups.id, appraisalRaterCodes.groupId))
    .where(eq(appraisalRaterCodes.codeHash, hashRaterCode(code)));
  const [row] = options.forUpdate ? await query.for("update", { of: appraisalRaterCodes }) : await query;
  return row ? { codeId: row.codeId, campaignId: row.campaignId, used: row.usedOn !== null } : null;
}

/** The CSV the supervisor hands out: one code per line, with the campaign and group it belongs to. */
export function raterCodesCsv(
  generated: GeneratedCodes,
  header: { campaign: string; group: string; code: string },
): string {
  const cell = (value: string) =>
    /[",\r\n]/.test(value) || /^[=+\-@\t]/.test(value)
      ? `"${value.replace(/^([=+\-@\t])/, "'$1").replace(/"/g, '""')}"`
      : value;
  const lines = [
    [header.campaign, header.group, header.code],
    ...generated.codes.map((code) => [generated.campaignTitle, generated.groupName, code]),
  ];
  return `\uFEFF${lines.map((line) => line.map(cell).join(",")).join("\r\n")}\r\n`;
}
