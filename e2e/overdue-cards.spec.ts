import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { caseAwaitingSignFor } from "./factories";
import { ACCOUNTS, staffPage } from "./helpers";

const port = Number(process.env.E2E_PORT ?? 3100);
const DAY_MS = 86_400_000;

/** Runs a job in the e2e server now, or at a test clock's moment (app/api/test-hooks `runJob`). */
async function runJobAt(job: string, at: Date): Promise<{ summary?: Record<string, number> }> {
  const response = await fetch(`http://localhost:${port}/api/test-hooks/runJob`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-e2e-hooks-token": process.env.E2E_HOOKS_TOKEN ?? "" },
    body: JSON.stringify({ job, at: at.toISOString() }),
  });
  if (!response.ok) throw new Error(`runJob ${job}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { result: { summary?: Record<string, number> } }).result;
}

test("a case the water company does not sign for gets a yellow card, then a red one, seen by all who watch", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { reference } = await caseAwaitingSignFor("water-group", { title: "Burst pipe under the pavement" });
  // The scheduled job, on a test clock: sign-for falls due after 1 working day, so 3 calendar days
  // later it is at least 1 working day late, and 9 calendar days later at least 3 whatever the holidays.
  const now = Date.now();
  expect((await runJobAt("supervision.cards", new Date(now + 3 * DAY_MS))).summary?.issued).toBeGreaterThan(0);

  const supervisor = await staffPage(browser, ACCOUNTS.supervisor);
  await supervisor.goto(`/cases/${reference}`);
  const cards = supervisor.getByRole("region", { name: "Overdue cards" });
  await expect(cards.getByRole("row").filter({ hasText: "Sign-for" }).filter({ hasText: "Yellow card" })).toHaveCount(
    1,
  );
  await expect(cards.getByText("Red card")).toHaveCount(0);

  await runJobAt("supervision.cards", new Date(now + 9 * DAY_MS));
  // Run again: a card is issued once.
  await runJobAt("supervision.cards", new Date(now + 9 * DAY_MS));
  await supervisor.reload();
  await expect(cards.getByRole("row").filter({ hasText: "Sign-for" }).filter({ hasText: "Red card" })).toHaveCount(1);
  await expect(cards.getByRole("row").filter({ hasText: "Sign-for" }).filter({ hasText: "Yellow card" })).toHaveCount(
    1,
  );
  expect(
    (await new AxeBuilder({ page: supervisor }).analyze()).violations.filter(
      (v) => v.impact === "critical" || v.impact === "serious",
    ),
  ).toEqual([]);

  // The supervisors' board lists it among the red cards.
  await supervisor.goto("/supervision");
  await supervisor.getByRole("link", { name: "Overdue cards (yellow and red)" }).click();
  await supervisor.getByRole("link", { name: "Red card" }).click();
  await expect(supervisor.getByRole("heading", { name: "Overdue cards", level: 1 })).toBeVisible();
  await expect(supervisor.getByRole("row").filter({ hasText: reference })).toHaveCount(1);
  expect(
    (await new AxeBuilder({ page: supervisor }).analyze()).violations.filter(
      (v) => v.impact === "critical" || v.impact === "serious",
    ),
  ).toEqual([]);

  // The unit sees its cards on its desk.
  const water = await staffPage(browser, ACCOUNTS.waterStaff);
  await water.goto("/unit");
  const desk = water.getByRole("region", { name: "Your unit's overdue cards" });
  await expect(desk.getByRole("row").filter({ hasText: reference })).toHaveCount(2);

  // The public page of the unit counts them, in both languages.
  const guest = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await guest.goto("/transparency/units/water-group");
  const counts = guest.getByRole("region", { name: "Overdue cards in the last 12 months" });
  await expect(counts.getByText("Red cards", { exact: true })).toBeVisible();
  await expect(guest.getByText("Burst pipe under the pavement")).toHaveCount(0);
  expect(
    (await new AxeBuilder({ page: guest }).analyze()).violations.filter(
      (v) => v.impact === "critical" || v.impact === "serious",
    ),
  ).toEqual([]);
  const chinese = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await chinese.goto("/transparency/units/water-group");
  await expect(chinese.getByRole("heading", { name: "近 12 个月超期亮牌" })).toBeVisible();
  await expect(chinese.getByText("红牌", { exact: true })).toBeVisible();
});
