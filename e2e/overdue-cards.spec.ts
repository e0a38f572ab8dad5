import AxeBuilder from "@axe-core/playwright";
import { type Page, expect, test } from "@playwright/test";
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

/** The serious and critical axe findings against WCAG 2 A and AA, as the accessibility spec checks them. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.nodes.length})`);
}

test("supervisors and observers read a case's internal events, with personal data removed", async ({ browser }) => {
  test.setTimeout(60_000);
  const { reference } = await caseAwaitingSignFor("water-group", { title: "Drain blocked on Lakeside Road" });
  const water = await staffPage(browser, ACCOUNTS.waterStaff);
  await water.goto(`/cases/${reference}`);
  const dispute = water.getByRole("region", { name: "Dispute the dispatch" });
  await dispute.getByLabel("Reason").fill("Not ours: Test Citizen's drain is urban management's job.");
  await dispute.getByRole("button", { name: "Return the case" }).click();
  await expect(water.getByRole("status")).toHaveText("Returned to the dispatch centre for a ruling.");

  for (const who of [ACCOUNTS.supervisor, ACCOUNTS.observer]) {
    const page = await staffPage(browser, who);
    await page.goto(`/cases/${reference}`);
    const timeline = page.getByRole("region", { name: "Timeline" });
    const disputed = timeline.getByRole("listitem").filter({ hasText: "Disputed by the unit" });
    await expect(disputed).toContainText("Internal");
    // The reason is shown with the citizen's name removed.
    await expect(disputed).toContainText("drain is urban management's job");
    await expect(disputed).not.toContainText("Citizen");
  }
});

test("a case the water company does not sign for gets a yellow card, then a red one, seen by all who watch", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { reference } = await caseAwaitingSignFor("water-group", { title: "Burst pipe under the pavement" });
  const supervisor = await staffPage(browser, ACCOUNTS.supervisor);
  const cards = supervisor.getByRole("region", { name: "Overdue cards", exact: true });
  const signForCards = (kind: string) =>
    cards.getByRole("row").filter({ hasText: "Sign-for" }).filter({ hasText: kind });
  // The scheduled job on a test clock, one day further each time, until the case shows this card.
  // Lateness grows by at most one working day a day, so the yellow card shows before the red one.
  const now = Date.now();
  let day = 0;
  async function runDaysUntil(kind: string) {
    while (day < 21) {
      day += 1;
      await runJobAt("supervision.cards", new Date(now + day * DAY_MS));
      await supervisor.goto(`/cases/${reference}`);
      if ((await signForCards(kind).count()) > 0) return;
    }
    throw new Error(`no ${kind} after ${day} days`);
  }
  await runDaysUntil("Yellow card");
  await expect(signForCards("Yellow card")).toHaveCount(1);
  await expect(cards.getByText("Red card")).toHaveCount(0);

  await runDaysUntil("Red card");
  // Run again on the same day: a card is issued once.
  expect((await runJobAt("supervision.cards", new Date(now + day * DAY_MS))).summary?.issued).toBe(0);
  await supervisor.reload();
  await expect(signForCards("Red card")).toHaveCount(1);
  await expect(signForCards("Yellow card")).toHaveCount(1);
  await supervisor.screenshot({ path: "test-results/overdue-cards-case-page.png", fullPage: true });
  expect(await seriousViolations(supervisor)).toEqual([]);

  // The supervisors' board lists it among the red cards.
  await supervisor.goto("/supervision");
  await supervisor.getByRole("link", { name: "Overdue cards (yellow and red)" }).click();
  await supervisor.getByRole("link", { name: "Red card", exact: true }).click();
  await expect(supervisor.getByRole("heading", { name: "Overdue cards", level: 1 })).toBeVisible();
  await expect(supervisor.getByRole("row").filter({ hasText: reference })).toHaveCount(1);
  await supervisor.screenshot({ path: "test-results/overdue-cards-board.png", fullPage: true });
  expect(await seriousViolations(supervisor)).toEqual([]);

  // The unit sees its cards on its desk.
  const water = await staffPage(browser, ACCOUNTS.waterStaff);
  await water.goto("/unit");
  const desk = water.getByRole("region", { name: "Your unit's overdue cards", exact: true });
  await expect(desk.getByRole("row").filter({ hasText: reference }).filter({ hasText: "Sign-for" })).toHaveCount(2);

  // The public page of the unit counts them, in both languages.
  const guest = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await guest.goto("/transparency/units/water-group");
  const counts = guest.getByRole("region", { name: "Overdue cards in the last 12 months" });
  await expect(counts.getByText("Red cards", { exact: true })).toBeVisible();
  // Counts only: nothing of the cases (the case itself may be listed among the recent public cases).
  await expect(counts.getByText(reference)).toHaveCount(0);
  expect(await seriousViolations(guest)).toEqual([]);
  const chinese = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await chinese.goto("/transparency/units/water-group");
  await expect(chinese.getByRole("heading", { name: "近 12 个月超期亮牌" })).toBeVisible();
  await expect(chinese.getByText("红牌", { exact: true })).toBeVisible();
});
