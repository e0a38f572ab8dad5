// Before the browser tests: use a system Chromium when there is one, else make sure
// Playwright's own Chromium is installed (needs internet access the first time).
import { spawnSync } from "node:child_process";
import { chromiumExecutable } from "../e2e/browser";

const executable = chromiumExecutable();
if (executable) {
  console.log(`Browser tests use ${executable}.`);
} else {
  console.log("No system Chromium found; installing Playwright's Chromium…");
  const result = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
  process.exit(result.status ?? 1);
}
