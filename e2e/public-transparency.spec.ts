import AxeBuilder from "@axe-core/playwright";
import { type Page, expect, test } from "@playwright/test";
import { ACCOUNTS, signInAsStaff } from "./helpers";

// What a mobile number looks like; none may appear on a public page.
// A mainland mobile number, not part of a longer run of digits (timestamps, counts).
const PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

function unitsTable(page: Page) {
  return page.getByRole("table", { name: /Units by composite score|各单位综合得分/ });
}

test.describe("a member of the public reading the figures in English", () => {
  test.use({ locale: "en-GB" });

  test("sees this month's figures, opens a unit and one of its public cases", async ({ page }) => {
    await page.goto("/transparency");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("How the city is answering");
    await expect(page.getByText("Cases received this month").locator("..").locator("dd")).toHaveText(/^[\d,]+$/);
    // A rate is a percentage or, below the minimum sample, says so; never a bare 0% or 100% from nothing.
    await expect(page.getByText("Satisfaction rate").locator("..").locator("dd")).toHaveText(
      /^(\d{1,3}(\.\d)?%|too few cases \(\d+ of 10\))$/,
    );

    const table = unitsTable(page);
    await expect(table).toBeVisible();
    const unitLink = table.getByRole("link").first();
    const unitName = (await unitLink.textContent())?.trim() ?? "";
    await unitLink.click();
    await expect(page).toHaveURL(/\/transparency\/units\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(unitName);
    // The scorecard for month, quarter and year, and twelve months of trend behind a table.
    await expect(page.getByRole("table", { name: /this month, last month, this quarter and this year/ })).toBeVisible();
    await expect(page.getByRole("img", { name: /month by month/ })).toBeVisible();
    const trend = page.getByRole("figure", { name: /month by month/ });
    await trend.getByText("Show the numbers as a table").click();
    await expect(trend.getByRole("table", { name: /month by month/ }).getByRole("row")).toHaveCount(13);

    const caseLink = page
      .getByRole("table", { name: /allowed to be published/ })
      .getByRole("link")
      .first();
    const reference = (await caseLink.textContent())?.trim() ?? "";
    await caseLink.click();
    await expect(page).toHaveURL(new RegExp(`/transparency/cases/${reference}$`));
    await expect(page.locator("header").filter({ hasText: reference })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "What has happened" })).toBeVisible();
    expect(await page.locator("main").innerText()).not.toMatch(PHONE);
  });

  test("gets 404 for a case that does not exist", async ({ page }) => {
    const response = await page.goto("/transparency/cases/2026-999999-X");
    expect(response?.status()).toBe(404);
  });

  test("gets 404 for a case the citizen did not allow to be published", async ({ page }) => {
    // The observer desk lists recent cases whether or not they may be published.
    await signInAsStaff(page, ACCOUNTS.observer);
    await page.goto("/observer");
    const hrefs = await page
      .locator("main table a[href^='/cases/']")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    const references = hrefs.map((href) => href.replace("/cases/", "")).slice(0, 20);
    expect(references.length).toBeGreaterThan(0);
    const statuses = new Map<number, number>();
    for (const reference of references) {
      const response = await page.goto(`/transparency/cases/${reference}`);
      const status = response?.status() ?? 0;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status === 200) expect(await page.locator("main").innerText()).not.toMatch(PHONE);
    }
    // About 40% of seeded cases may be published: among 20 there are some of each.
    expect([...statuses.keys()].sort()).toEqual([200, 404]);
  });
});

async function expectNoSeriousAxeViolations(page: Page, path: string) {
  await page.goto(path);
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
}

for (const locale of ["zh-CN", "en-GB"] as const) {
  test.describe(`transparency accessibility in ${locale}`, () => {
    test.use({ locale });
    // axe on a long page of charts and tables is slow on a shared machine.
    test.describe.configure({ timeout: 180_000 });

    test("the overview, a unit page and a category page have no serious or critical axe violations", async ({
      page,
    }) => {
      await expectNoSeriousAxeViolations(page, "/transparency");
      const unitPath = await unitsTable(page).getByRole("link").first().getAttribute("href");
      const categoryPath = await page.locator("a[href^='/transparency/categories/']").first().getAttribute("href");
      expect(unitPath).toMatch(/^\/transparency\/units\//);
      expect(categoryPath).toMatch(/^\/transparency\/categories\//);
      await expectNoSeriousAxeViolations(page, unitPath ?? "");
      await expectNoSeriousAxeViolations(page, categoryPath ?? "");
    });

    test("the rankings and the methodology have no serious or critical axe violations", async ({ page }) => {
      await expectNoSeriousAxeViolations(page, "/transparency/rankings");
      await expectNoSeriousAxeViolations(page, "/transparency/rankings?period=year");
      await expectNoSeriousAxeViolations(page, "/transparency/methodology");
    });
  });
}
