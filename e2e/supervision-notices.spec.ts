import AxeBuilder from "@axe-core/playwright";
import { type Page, expect, test } from "@playwright/test";
import { caseAwaitingSignFor, noticePastDue, runJob } from "./factories";
import { ACCOUNTS, staffPage } from "./helpers";

const DAY_MS = 86_400_000;

/** The serious and critical axe findings against WCAG 2 A and AA, as the accessibility spec checks them. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.nodes.length})`);
}

test("a supervisor's notice on an overdue case, answered late by the water company, escalates and is public", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { reference } = await caseAwaitingSignFor("water-group", { title: "Burst main outside Test Citizen's shop" });
  // The case goes overdue: the cards job on a test clock ten days on.
  await runJob("supervision.cards", new Date(Date.now() + 10 * DAY_MS));

  // The supervisor issues a key notice from the overdue case.
  const supervisor = await staffPage(browser, ACCOUNTS.supervisor);
  await supervisor.goto(`/cases/${reference}`);
  await expect(supervisor.getByRole("region", { name: "Overdue cards", exact: true })).toContainText("Red card");
  await supervisor.getByRole("link", { name: "Issue a supervision notice about this case" }).click();
  await expect(supervisor.getByRole("heading", { name: "Issue a supervision notice", level: 1 })).toBeVisible();
  await expect(supervisor.getByLabel("Case references")).toHaveValue(reference);
  await supervisor.getByRole("radio", { name: "Key" }).check();
  await supervisor
    .getByLabel("What the unit must do and answer")
    .fill("Repair the main Test Citizen reported, call back on 13800138000 and answer what was done.");
  // Bad input: an error by the field, the values kept.
  await supervisor.getByLabel("Working days to answer (1 to 30, default 5)").fill("45");
  await supervisor.getByRole("button", { name: "Issue the notice" }).click();
  await expect(supervisor.getByText("Between 1 and 30 working days.", { exact: true })).toBeVisible();
  await expect(supervisor.getByLabel("Case references")).toHaveValue(reference);
  await supervisor.getByLabel("Working days to answer (1 to 30, default 5)").fill("5");
  await supervisor.getByRole("button", { name: "Issue the notice" }).click();
  await expect(supervisor.getByRole("status")).toHaveText("The notice was issued and the unit's head told.");
  const id = Number(/\/supervision\/notices\/(\d+)/.exec(supervisor.url())?.[1]);
  expect(id).toBeGreaterThan(0);
  await expect(supervisor.getByText("Waiting for the answer")).toBeVisible();

  // The working days pass unanswered; the escalation job runs twice and escalates once.
  await noticePastDue(id);
  expect((await runJob("supervision.notices")).summary?.escalated).toBe(1);
  expect((await runJob("supervision.notices")).summary?.escalated).toBe(0);
  await supervisor.reload();
  await expect(supervisor.getByText(/the unit got a red card and its superior unit was told/)).toBeVisible();
  await expect(supervisor.getByText("Overdue", { exact: true })).toBeVisible();
  await supervisor.goto("/supervision/notices");
  await expect(supervisor.getByRole("row").filter({ hasText: `Notice no. ${id}` })).toContainText("Overdue");
  expect(await seriousViolations(supervisor)).toEqual([]);
  // The red card is on the supervisors' board, as the notice's.
  await supervisor.goto("/supervision/cards?kind=red");
  await expect(supervisor.getByRole("row").filter({ hasText: `Notice no. ${id}` })).toHaveCount(1);

  // The unit's head answers from the desk, late.
  const head = await staffPage(browser, ACCOUNTS.waterHead);
  await head.goto("/unit");
  const desk = head.getByRole("region", { name: "Supervision notices to your unit" });
  await desk.getByRole("link", { name: `Notice no. ${id}`, exact: true }).click();
  await head.getByLabel("What the unit has done").fill("The main was repaired and Test Citizen called back.");
  await head.getByLabel("Done by (date)").fill("2026-12-31");
  await head.getByRole("button", { name: "Send the answer" }).click();
  await expect(head.getByRole("status")).toHaveText("The answer was sent.");
  await expect(head.getByText("Answered after the deadline")).toBeVisible();
  expect(await seriousViolations(head)).toEqual([]);

  // The supervisor accepts it.
  await supervisor.goto(`/supervision/notices/${id}`);
  await supervisor.getByRole("radio", { name: "Accept the answer" }).check();
  await supervisor.getByRole("button", { name: "Record the decision" }).click();
  await expect(supervisor.getByRole("status")).toHaveText("The decision was recorded.");
  await expect(supervisor.getByText("Answer accepted")).toBeVisible();
  expect(await seriousViolations(supervisor)).toEqual([]);

  // A guest reads the notice and the answer on the unit's public page, without personal data.
  const guest = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await guest.goto("/transparency/units/water-group");
  const section = guest.getByRole("region", { name: "Supervision notices", exact: true });
  const notice = section.getByRole("article", { name: new RegExp(`^Notice no. ${id}\\b`) });
  await expect(notice).toContainText("Repair the main");
  await expect(notice).toContainText("The main was repaired");
  await expect(notice).toContainText("Answered after the deadline");
  await expect(notice).toContainText("Key");
  await expect(notice).not.toContainText("Test Citizen");
  await expect(notice).not.toContainText("13800138000");
  await expect(notice).not.toContainText(reference);
  await guest.screenshot({ path: "test-results/supervision-notices-public-en.png", fullPage: true });
  expect(await seriousViolations(guest)).toEqual([]);

  const chinese = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await chinese.goto("/transparency/units/water-group");
  await expect(chinese.getByRole("heading", { name: "督办单", exact: true, level: 2 })).toBeVisible();
  const zhNotice = chinese.getByRole("article", { name: new RegExp(`^督办单 ${id} 号`) });
  await expect(zhNotice).toContainText("重点督办");
  await expect(zhNotice).toContainText("逾期答复");
  await expect(zhNotice).not.toContainText("13800138000");
  await chinese.screenshot({ path: "test-results/supervision-notices-public-zh.png", fullPage: true });
  expect(await seriousViolations(chinese)).toEqual([]);
});
