// The whole reference recomputation of a site: its units, its scorecards of every kind and its replied
// cases, recomputed by scripts/figures/recompute.ts (docs/open-data.md#reference-recomputation).
import { type Fetcher, allRows, csvRows, siteTimeZone } from "./download";
import { type CaseFacts, type Verification, caseFacts, localDateIn, verifyScorecards } from "./recompute";

export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

export interface SiteVerification extends Verification {
  timeZone: string;
  cases: number;
  byKind: Record<string, number>;
}

export async function verifySite(
  fetcher: Fetcher,
  url: string,
  options: { timeZone?: string } = {},
): Promise<SiteVerification> {
  const base = url.replace(/\/+$/, "");
  const timeZone = options.timeZone ?? (await siteTimeZone(fetcher, base)) ?? DEFAULT_TIME_ZONE;
  const localDate = localDateIn(timeZone);
  const units = await allRows(fetcher, `${base}/api/open-data/units.csv`);
  const scorecards = [];
  const byKind: Record<string, number> = {};
  for (const kind of ["month", "quarter", "year"]) {
    const rows = await allRows(fetcher, `${base}/api/open-data/scorecards.csv?kind=${kind}`);
    byKind[kind] = rows.length;
    scorecards.push(...rows);
  }
  const cases: CaseFacts[] = [];
  let read = 0;
  for await (const row of csvRows(fetcher, `${base}/api/open-data/cases.csv?by=replied`)) {
    read += 1;
    const facts = caseFacts(row, localDate);
    if (facts) cases.push(facts);
  }
  return { ...verifyScorecards(scorecards, cases, units), timeZone, cases: read, byKind };
}

export function report(result: SiteVerification, limit = 50): string {
  const lines = [
    `time zone ${result.timeZone}; ${result.cases} replied cases read`,
    `checked ${result.scorecards} scorecards (${Object.entries(result.byKind)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(", ")}), ${result.figures} figures: ${result.mismatches.length} mismatches`,
    ...result.notDerivable.map((text) => `not derivable: ${text}`),
    ...result.mismatches
      .slice(0, limit)
      .map(
        (m) =>
          `MISMATCH ${m.scorecard} ${m.column}: published ${m.published || "(empty)"}, recomputed ${m.recomputed || "(empty)"}`,
      ),
  ];
  if (result.mismatches.length > limit) lines.push(`… and ${result.mismatches.length - limit} more`);
  return lines.join("\n");
}
