import AxeBuilder from "@axe-core/playwright";
import { type Page, expect, test } from "@playwright/test";
import { redAppraisal, runJob } from "./factories";
import { ACCOUNTS, staffPage } from "./helpers";

/** The serious and critical axe findings against WCAG 2 A and AA, as the accessibility spec checks them. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.nodes.length})`);
}

const shots = process.env.E2E_SCREENSHOTS;

test("a unit with a red appraisal result has a public rectification deadline; its head files the plan; a guest reads it", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const name = `Red light check ${Date.now().toString(36)}`;
  await redAppraisal("urban-mgmt", name);
  // The job opens the rectification once, however often it runs.
  expect((await runJob("supervision.rectifications")).summary?.opened).toBeGreaterThanOrEqual(1);
  expect((await runJob("supervision.rectifications")).summary?.opened).toBe(0);
  const cause = `Appraisal “${name}”: did not pass`;

  // A guest sees the deadline on the unit's public page before any plan.
  const guest = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await guest.goto("/transparency/units/urban-mgmt");
  const section = guest.getByRole("region", { name: "Rectification after a red result" });
  const item = section.getByRole("article", { name: cause });
  await expect(item).toContainText("Plan due by");
  await expect(item).toContainText("Plan due");

  // The unit's head files the plan on the desk; bad input keeps what was typed.
  const head = await staffPage(browser, ACCOUNTS.urbanHead);
  await head.goto("/unit");
  const row = head.getByRole("row").filter({ hasText: cause });
  await expect(row).toContainText("Plan due");
  await row.getByRole("link").click();
  await expect(head.getByRole("heading", { name: "File the rectification plan" })).toBeVisible();
  if (shots) await head.screenshot({ path: `${shots}/unit-rectification.png`, fullPage: true });
  await head
    .getByLabel("Plan", { exact: true })
    .fill("Answer every complaint within a day; call 13800138000 for help.");
  await head.getByRole("button", { name: "File the plan" }).click();
  await expect(head.getByLabel("Plan", { exact: true })).toHaveValue(/Answer every complaint/);
  await head.getByLabel("To be completed by").fill("2027-06-30");
  await head.getByRole("button", { name: "File the plan" }).click();
  await expect(head.getByRole("status")).toHaveText("The plan is filed and published.");
  await expect(head.getByRole("heading", { name: "Report completion" })).toBeVisible();
  expect(await seriousViolations(head)).toEqual([]);

  // The supervisor sees it on the board.
  const supervisor = await staffPage(browser, ACCOUNTS.supervisor);
  await supervisor.goto("/supervision/rectifications");
  await expect(supervisor.getByRole("row").filter({ hasText: cause })).toContainText("Plan filed, completion due");
  if (shots) await supervisor.screenshot({ path: `${shots}/supervision-rectifications.png`, fullPage: true });
  expect(await seriousViolations(supervisor)).toEqual([]);

  // The guest reads the plan, without the phone number, in both languages.
  await guest.reload();
  await expect(item).toContainText("Plan filed, completion due");
  await expect(item).toContainText("Answer every complaint within a day");
  await expect(item).not.toContainText("13800138000");
  if (shots) await item.screenshot({ path: `${shots}/public-rectification-en.png` });
  expect(await seriousViolations(guest)).toEqual([]);
  const zh = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await zh.goto("/transparency/units/urban-mgmt");
  const zhItem = zh
    .getByRole("region", { name: "红灯后的整改" })
    .getByRole("article", { name: `民主评议“${name}”:未过关` });
  await expect(zhItem).toContainText("方案已报,待报完成情况");
  if (shots) {
    await zh.setViewportSize({ width: 375, height: 800 });
    await zhItem.screenshot({ path: `${shots}/public-rectification-zh-375.png` });
  }
  expect(await seriousViolations(zh)).toEqual([]);
});
