// npm run figures:verify -- --url https://… [--time-zone Asia/Shanghai]
// Downloads a running site's open data (units, scorecards, cases), recomputes every published scorecard
// from the methodology's rules (scripts/figures/recompute.ts, independent of the app's metric code),
// prints every mismatch and exits 1 if there is any (docs/open-data.md#reference-recomputation).
import { parseArgs } from "node:util";
import { report, verifySite } from "./figures/verify-site";

const { values } = parseArgs({
  options: { url: { type: "string" }, "time-zone": { type: "string" }, limit: { type: "string" } },
});
async function main(site: string): Promise<void> {
  try {
    const result = await verifySite((url) => fetch(url), site, { timeZone: values["time-zone"] });
    console.log(report(result, values.limit ? Number(values.limit) : 50));
    process.exit(result.mismatches.length > 0 ? 1 : 0);
  } catch (error) {
    console.error(`figures:verify failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}

if (values.url) void main(values.url);
else {
  console.error("usage: npm run figures:verify -- --url https://site [--time-zone Asia/Shanghai] [--limit 50]");
  process.exit(2);
}
