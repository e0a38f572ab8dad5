import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "./e2e/browser";

const port = Number(process.env.E2E_PORT ?? 3100);
const executablePath = chromiumExecutable();
// The tests' hooks (app/api/test-hooks) answer only to this token; the e2e server and the test
// workers both inherit it from here. Not a secret: the hooks exist only on a demo test server.
process.env.E2E_HOOKS_TOKEN ??= `e2e-hooks-${port}-not-for-production`;
const chromium = { ...devices["Desktop Chrome"], launchOptions: { executablePath, args: CHROMIUM_ARGS } };

export default defineConfig({
  testDir: "./e2e",
  outputDir: `test-results/${port}`,
  fullyParallel: false,
  // A stray test.only would silently skip the rest of the suite in CI.
  forbidOnly: Boolean(process.env.CI),
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    // Next rewrites 127.0.0.1 to localhost: use localhost everywhere or sign-in cookies get lost.
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    // Signs every demo account in once and keeps its cookies (e2e/sign-in.ts); the tests start
    // signed in from those. Only e2e/staff-sign-in.spec.ts goes through the form.
    { name: "sign-in", testMatch: /sign-in\.setup\.ts/, use: chromium },
    { name: "chromium", dependencies: ["sign-in"], use: chromium },
  ],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `http://localhost:${port}/api/health`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
  },
});
