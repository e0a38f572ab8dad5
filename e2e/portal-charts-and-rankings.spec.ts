import { expect, test } from "@playwright/test";

// The portal works without JavaScript: charts are server-rendered SVG with a table beside them,
// and the rankings' period switch is a set of links.
test.use({ javaScriptEnabled: false });

test.describe("a member of the public without JavaScript, in English", () => {
  test.use({ locale: "en-GB" });

  test("reads the overview's charts and opens their tables", async ({ page }) => {
    await page.goto("/transparency");
    for (const name of [
      /Cases received per month/,
      /Rates for the whole city per month/,
      /Categories with the most cases/,
      /Districts with the most cases/,
      /Units by grade/,
    ]) {
      await expect(page.getByRole("img", { name })).toBeVisible();
    }
    const volume = page.getByRole("figure", { name: /Cases received per month/ });
    await volume.getByText("Show the numbers as a table").click();
    const rows = volume.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(13);
    // A rate is a percentage or says too few cases: never an empty cell.
    const rates = page.getByRole("figure", { name: /Rates for the whole city per month/ });
    await rates.getByText("Show the numbers as a table").click();
    for (const cell of await rates.getByRole("table").getByRole("cell").all())
      expect((await cell.innerText()).trim()).not.toBe("");
  });

  test("switches the rankings period with links and never ranks a unit on too few cases", async ({ page }) => {
    await page.goto("/transparency/rankings");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Units ranked by class");
    await expect(page.getByRole("link", { name: "Last month" })).toHaveAttribute("aria-current", "page");
    await page.getByRole("link", { name: "This year" }).click();
    await expect(page).toHaveURL(/period=year$/);
    await expect(page.getByRole("link", { name: "This year" })).toHaveAttribute("aria-current", "page");
    const tops = page.getByRole("table", { name: /top five/ });
    expect(await tops.count()).toBeGreaterThan(0);
    for (const table of await tops.all()) {
      for (const score of await table.locator("tbody tr td:nth-child(3)").allInnerTexts())
        expect(score).toMatch(/^\d{1,3}(\.\d)?$/);
    }
  });

  test("opens a category page from the overview and reads the methodology", async ({ page }) => {
    await page.goto("/transparency");
    const categories = page.getByRole("figure", { name: /Categories with the most cases/ });
    await categories.getByText("Show the numbers as a table").click();
    const link = categories.getByRole("table").getByRole("link").first();
    const name = (await link.innerText()).trim();
    await link.click();
    await expect(page).toHaveURL(/\/transparency\/categories\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(
      page.getByRole("img", { name: new RegExp(`Rates of ${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) }),
    ).toBeVisible();
    await page.getByRole("link", { name: "How the figures are counted" }).first().click();
    await expect(page.getByRole("heading", { level: 2, name: "What these numbers cannot tell you" })).toBeVisible();
    await expect(
      page.getByText("(very satisfied + satisfied + 0.9 × basically satisfied) ÷ rated cases"),
    ).toBeVisible();
  });

  test("gets 404 for a category that does not exist", async ({ page }) => {
    const response = await page.goto("/transparency/categories/no-such-category");
    expect(response?.status()).toBe(404);
  });
});

test.describe("the portal in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("shows the charts and rankings in Chinese", async ({ page }) => {
    await page.goto("/transparency");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("img", { name: /每月受理工单数/ })).toBeVisible();
    await page.goto("/transparency/rankings");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("按单位类别排名");
    await page.goto("/transparency/methodology");
    await expect(page.getByRole("heading", { level: 2, name: "这些数字不能说明什么" })).toBeVisible();
    // Every finished period is listed with when it was frozen, and no message key shows untranslated.
    await expect(page.getByRole("table", { name: /已冻结的期间/ })).toContainText("2026-10");
    await expect(page.locator("main")).not.toContainText("scorecards.columns");
  });
});
