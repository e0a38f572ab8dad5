// One-time codes for invited raters. Only their hashes are stored: the plain codes are handed
// out once, as the CSV the supervisor exports, and cannot be shown again.
import "server-only";
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { appraisalRaterCodes, appraisalRaterGroups } from "@/db/schema";
import { normalizeRaterCode } from "@/lib/domain/appraisal/rater-code";

export function hashRaterCode(code: string): string {
  return createHash("sha256").update(`appraisal-code:${code}`).digest("hex");
}

export interface GeneratedCodes {
  campaignTitle: string;
  groupName: string;
  codes: string[];
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
