import AxeBuilder from "@axe-core/playwright";
import { type Browser, type Page, expect, test } from "@playwright/test";
import { auditEntries, eventsOfCase, repliedCase } from "./factories";
import { ACCOUNTS, staffPage, storageStatePath } from "./helpers";

/** Serious and critical axe findings (WCAG 2 A and AA) on the page as it is. */
async function axeFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return violations.filter((v) => ["serious", "critical"].includes(v.impact ?? "")).map((v) => v.id);
}

async function chineseOperator(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "zh-CN", storageState: storageStatePath("operator") });
  return context.newPage();
}

test("an operator finds a caller's earlier case by phone number and records a callback on it", async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  // A caller whose earlier case the water company has replied to; a number of this run only.
  const digits = String(Date.now()).slice(-8);
  const mobile = `139${digits}`;
  const earlier = await repliedCase("water-group", {
    phone: mobile,
    title: `自来水发黄 ${digits}`,
    description: "家里的自来水连续三天发黄。",
  });

  const operator = await staffPage(browser, ACCOUNTS.operator);
  await operator.goto("/desk");
  await operator.getByRole("link", { name: "Hotline search" }).click();
  await expect(operator.getByRole("heading", { level: 1, name: "Hotline search" })).toBeVisible();
  const box = operator.getByLabel("Reference, phone number, name, address or words");

  // One character is too little to search; the box keeps what was typed.
  await box.fill("水");
  await operator.getByRole("button", { name: "Search" }).click();
  await expect(operator.getByText("Type at least 2 characters.", { exact: true })).toBeVisible();
  await expect(box).toHaveValue("水");

  // The caller gives the number the way people say it: with the country code and spaces.
  await box.fill(`+86 139 ${digits.slice(0, 4)} ${digits.slice(4)}`);
  await operator.getByRole("button", { name: "Search" }).click();
  const results = operator.getByRole("region", { name: "The caller's cases" });
  await expect(results.getByRole("link", { name: earlier.reference, exact: true })).toBeVisible();
  await expect(results.getByText(mobile)).toBeVisible();
  expect(await axeFindings(operator)).toEqual([]);
  if (process.env.DESK_SCREENSHOTS) {
    await operator.screenshot({ path: testInfo.outputPath("desk-search-en.png"), fullPage: true });
    await operator.setViewportSize({ width: 375, height: 900 });
    await operator.screenshot({ path: testInfo.outputPath("desk-search-en-375.png"), fullPage: true });
    await operator.setViewportSize({ width: 1280, height: 900 });
  }

  // The search is in the audit log: who looked up which number (normalised).
  const [logged] = await auditEntries("desk.search", 1);
  expect(logged).toMatchObject({
    actorEmail: ACCOUNTS.operator,
    subject: "desk_search:phone",
    after: { kind: "phone", term: mobile },
  });

  // The callback: first without the caller's answers, which the form asks for.
  await results.getByRole("link", { name: `Record callback ${earlier.reference}` }).click();
  await expect(operator.getByRole("heading", { level: 1, name: "Phone callback" })).toBeVisible();
  await operator.getByRole("group", { name: "Did you reach the caller?" }).getByLabel("Yes").check();
  await operator.getByRole("button", { name: "Record the callback" }).click();
  const satisfaction = operator.getByRole("group", { name: "How satisfied are they?" });
  await expect(satisfaction.getByText("This field is required.", { exact: true })).toBeVisible();
  expect(await axeFindings(operator)).toEqual([]);

  await operator.getByRole("group", { name: "Did the unit contact them?" }).getByLabel("Yes").check();
  await operator.getByRole("group", { name: "Is the problem solved?" }).getByLabel("Yes").check();
  await satisfaction.getByLabel("Basically satisfied").check();
  await operator.getByRole("button", { name: "Record the callback" }).click();
  await expect(operator.getByRole("status")).toHaveText(
    "Callback recorded: the caller's answers are the feedback of record and the case is closed.",
  );
  await expect(operator.getByText("reached", { exact: false }).first()).toBeVisible();
  if (process.env.DESK_SCREENSHOTS)
    await operator.screenshot({ path: testInfo.outputPath("desk-callback-en.png"), fullPage: true });

  // The feedback went through the lifecycle: the reply accepted, the case closed, the call audited.
  const events = await eventsOfCase(earlier.reference);
  expect(events.at(-1)).toMatchObject({ event: "accept_reply", toStatus: "closed", actorRole: "operator" });
  const [call] = await auditEntries("desk.callback", 1);
  expect(call).toMatchObject({
    actorEmail: ACCOUNTS.operator,
    subject: `case:${earlier.reference}`,
    after: { reached: true, contacted: true, solved: true, satisfaction: "basically_satisfied", outcome: "closed" },
  });

  // In Chinese, a two-character query finds the case by its title.
  const zh = await chineseOperator(browser);
  await zh.goto("/desk/search");
  await expect(zh.getByRole("heading", { level: 1, name: "热线查询" })).toBeVisible();
  await zh.getByLabel("编号、电话号码、姓名、地址或关键词").fill("发黄");
  await zh.getByRole("button", { name: "查询" }).click();
  await expect(
    zh.getByRole("region", { name: "查询结果" }).getByRole("link", { name: earlier.reference, exact: true }),
  ).toBeVisible();
  expect(await axeFindings(zh)).toEqual([]);
  if (process.env.DESK_SCREENSHOTS) {
    await zh.screenshot({ path: testInfo.outputPath("desk-search-zh.png"), fullPage: true });
    await zh.setViewportSize({ width: 375, height: 900 });
    await zh.screenshot({ path: testInfo.outputPath("desk-search-zh-375.png"), fullPage: true });
    await zh.goto(`/desk/callback/${earlier.reference}`);
    await zh.screenshot({ path: testInfo.outputPath("desk-callback-zh-375.png"), fullPage: true });
  }

  // Units may not search.
  const water = await staffPage(browser, ACCOUNTS.waterStaff);
  expect((await water.goto("/desk/search"))?.status()).toBe(404);
});
