import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type Page, expect, test } from "@playwright/test";
import { ACCOUNTS, signInAsCitizen, signInAsStaff } from "./helpers";

// A supervisor runs an appraisal campaign; the demo citizen (who had a case replied by a unit in
// the period) and two invited raters with one-time codes rate the same unit; the campaign closes
// and the unit's public page shows the totals — and nothing else.

const TITLE = `Appraisal journey ${Date.now()}`;
const state: { campaignPath: string; unitName: string; unitPath: string; codes: string[] } = {
  campaignPath: "",
  unitName: "",
  unitPath: "",
  codes: [],
};

async function expectNoSeriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${page.url()}: ${v.id} (${v.nodes.length})`)).toEqual([]);
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

async function englishPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ locale: "en-GB" })).newPage();
}

/** In the ballot, the fieldset of one unit (its legend is the unit's name). */
function unitBallot(page: Page, unitName: string) {
  return page.locator("fieldset").filter({
    has: page.locator("legend", { hasText: new RegExp(`^${unitName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) }),
  });
}

async function voteWithCode(
  browser: Browser,
  code: string,
  unitName: string,
  light: "Green (satisfied)" | "Yellow (basically satisfied)",
) {
  const page = await englishPage(browser);
  await page.goto("/appraisals");
  await page.getByRole("textbox", { name: "One-time code" }).fill(code.toLowerCase());
  await page.getByRole("button", { name: "Continue to the ballot" }).click();
  await expect(page).toHaveURL(state.campaignPath.replace("/supervision/appraisals/", "/appraisals/"));
  await unitBallot(page, unitName).getByLabel(light).check();
  await page.getByRole("button", { name: "Send my ratings" }).click();
  await expect(page.getByRole("status")).toContainText("your ratings were recorded");
  // The code was spent: it does not open a ballot again.
  await page.getByRole("textbox", { name: "One-time code" }).fill(code);
  await page.getByRole("button", { name: "Continue to the ballot" }).click();
  await expect(page.getByText("This code has already been used.", { exact: true })).toBeVisible();
  await page.context().close();
}

test.describe.serial("a supervisor runs an appraisal campaign", () => {
  test.use({ locale: "en-GB" });
  // Thirty checkboxes, a download and three raters' sessions take a while on a shared machine.
  test.describe.configure({ timeout: 180_000 });

  test("creates it for every unit, adds invited raters, exports their codes and opens it", async ({ page }) => {
    await signInAsStaff(page, ACCOUNTS.supervisor);
    await page.goto("/supervision");
    await page.getByRole("link", { name: "Appraisal campaigns (department ratings)" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Appraisal campaigns");

    // Without a unit and with the dates the wrong way round, every error shows at once and the title stays.
    const form = page.getByRole("region", { name: "New campaign" });
    await form.getByLabel("Title").fill(TITLE);
    await form.getByLabel("Period starts (first day)").fill(isoDate(new Date()));
    await form.getByLabel("Period ends (last day)").fill("2020-01-01");
    await form.getByRole("button", { name: "Create the campaign" }).click();
    await expect(form.getByText("Choose at least one unit.", { exact: true })).toBeVisible();
    await expect(form.getByText("The period cannot end before it starts.", { exact: true })).toBeVisible();
    await expect(form.getByLabel("Title")).toHaveValue(TITLE);

    const now = Date.now();
    await form.getByLabel("Period starts (first day)").fill(isoDate(new Date(now - 400 * 86_400_000)));
    await form.getByLabel("Period ends (last day)").fill(isoDate(new Date(now + 86_400_000)));
    for (const box of await form.getByRole("group", { name: "Units appraised" }).getByRole("checkbox").all())
      await box.check();
    await form.getByLabel("Minimum ratings before a unit's result is published").fill("3");
    await form.getByRole("button", { name: "Create the campaign" }).click();
    await expect(page.getByRole("status")).toContainText("The campaign was created.");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
    state.campaignPath = new URL(page.url()).pathname;

    const group = page.getByRole("region", { name: "Add a rater group" });
    await group.getByLabel("Kind of group").selectOption({ label: "People's Congress deputies" });
    await group.getByLabel("Name of the group").fill("District deputies");
    await group.getByRole("button", { name: "Add the group" }).click();
    await expect(page.getByRole("status")).toContainText("The rater group was added.");

    await page.getByLabel("Number of codes").fill("2");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Generate and download codes" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^appraisal-\d+-group-\d+-codes\.csv$/);
    const csv = fs.readFileSync((await download.path()) ?? "", "utf8").replace(/^\uFEFF/, "");
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe("campaign,group,code");
    state.codes = lines.slice(1).map((line) => line.split(",").at(-1) ?? "");
    expect(state.codes).toHaveLength(2);
    for (const code of state.codes) expect(code).toMatch(/^[2-9A-HJ-NP-Y]{4}-[2-9A-HJ-NP-Y]{4}-[2-9A-HJ-NP-Y]{4}$/);
    await page.reload();
    await expect(
      page.getByRole("table", { name: "Invited rater groups" }).getByRole("row", { name: /District deputies/ }),
    ).toContainText("2");

    await page.getByRole("button", { name: "Open for ratings" }).click();
    await expect(page.getByRole("status")).toContainText("The campaign is open for ratings.");
  });

  test("the demo citizen and two invited raters each rate the same unit once", async ({ browser }) => {
    const citizen = await englishPage(browser);
    await signInAsCitizen(citizen, ACCOUNTS.citizen);
    await citizen.goto("/appraisals");
    const entry = citizen.getByRole("listitem").filter({ hasText: TITLE });
    await expect(entry).toContainText("You may rate:");
    await entry.getByRole("link", { name: `Rate the departments in ${TITLE}` }).click();
    await expect(citizen).toHaveURL(state.campaignPath.replace("/supervision/appraisals/", "/appraisals/"));
    // The ballot in both languages (the language cookie is what the switch on every page sets).
    for (const language of ["zh-CN", "en"]) {
      await citizen.context().addCookies([{ name: "NEXT_LOCALE", value: language, domain: "localhost", path: "/" }]);
      await citizen.reload();
      await expectNoSeriousViolations(citizen);
    }
    const firstUnit = citizen.locator("fieldset legend").first();
    state.unitName = (await firstUnit.textContent())?.trim() ?? "";
    expect(state.unitName).not.toBe("");
    const ballot = unitBallot(citizen, state.unitName);
    await ballot.getByLabel("Green (satisfied)").check();
    await ballot.getByLabel("Comment (optional)").fill("Quick and polite. Call me on 13812345678.");
    await citizen.getByRole("button", { name: "Send my ratings" }).click();
    await expect(citizen.getByRole("status")).toContainText("your ratings were recorded");
    await expect(citizen.getByRole("listitem").filter({ hasText: TITLE })).toContainText(
      `Already rated: ${state.unitName}`,
    );
    // The rated unit is no longer on the citizen's ballot.
    await citizen.goto(state.campaignPath.replace("/supervision/appraisals/", "/appraisals/"));
    await expect(unitBallot(citizen, state.unitName)).toHaveCount(0);
    await citizen.context().close();

    await voteWithCode(browser, state.codes[0] ?? "", state.unitName, "Green (satisfied)");
    await voteWithCode(browser, state.codes[1] ?? "", state.unitName, "Yellow (basically satisfied)");
  });

  test("closes it; the results and the unit's public page show the totals, comments stay with supervisors", async ({
    page,
  }) => {
    await signInAsStaff(page, ACCOUNTS.supervisor);
    await page.goto(state.campaignPath);
    await expect(page.getByText("Results are computed when the campaign closes")).toBeVisible();
    await page.getByRole("button", { name: "Close and publish" }).click();
    await expect(page.getByRole("status")).toContainText("The campaign is closed");

    const results = page.getByRole("table", { name: `Results of ${TITLE}, by unit` });
    const row = results.getByRole("row").filter({ has: page.getByRole("link", { name: state.unitName, exact: true }) });
    await expect(row).toContainText("66.7%");
    await expect(row).toContainText("33.3%");
    await expect(row.getByRole("cell").nth(2)).toHaveText("3");
    // The comment is there for supervisors, with the phone number removed.
    await expect(page.getByText("Quick and polite. Call me on ***.")).toBeVisible();
    await expect(page.getByText("13812345678")).toHaveCount(0);

    state.unitPath = (await row.getByRole("link", { name: state.unitName, exact: true }).getAttribute("href")) ?? "";
    const visitor = await englishPage(page.context().browser() as Browser);
    await visitor.goto(state.unitPath);
    const section = visitor.getByRole("region", { name: "Appraisal by citizens and representatives" });
    await expect(section).toContainText(TITLE);
    await expect(section.getByText("Green", { exact: true }).locator("..")).toContainText("66.7%");
    await expect(section.getByText("Yellow", { exact: true }).locator("..")).toContainText("33.3%");
    await expect(section.getByText("Red", { exact: true }).locator("..")).toContainText("0%");
    await expect(section).toContainText("from 3 ratings");
    await expect(visitor.locator("main")).not.toContainText("Quick and polite");
    await visitor.context().close();
  });
});

for (const locale of ["zh-CN", "en-GB"] as const) {
  test.describe(`appraisal pages in ${locale}`, () => {
    test.use({ locale });
    // Six pages, two of them long, analysed on a shared machine.
    test.describe.configure({ timeout: 180_000 });

    test("have no serious or critical axe violations", async ({ page }) => {
      const check = async (path: string) => {
        await page.goto(path);
        await expectNoSeriousViolations(page);
      };
      await check("/appraisals");
      if (state.campaignPath) {
        await check(state.campaignPath.replace("/supervision/appraisals/", "/appraisals/results/"));
        if (state.unitPath) await check(state.unitPath);
      }
      await signInAsStaff(page, ACCOUNTS.supervisor);
      await check("/supervision/appraisals");
      if (state.campaignPath) await check(state.campaignPath);
    });
  });
}
