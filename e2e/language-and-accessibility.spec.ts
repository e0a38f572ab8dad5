import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { ACCOUNTS, signInAsStaff, signOut } from "./helpers";

test.describe("a visitor whose browser prefers English", () => {
  test.use({ locale: "en-GB" });

  test("reads the home page in English and switches to Chinese and back", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Every matter lands somewhere; every case gets an answer",
    );
    await page.getByRole("button", { name: "Switch language" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("事事有着落，件件有回音");
    await page.getByRole("button", { name: "切换语言" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});

test.describe("a visitor whose browser prefers Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("gets Chinese by default, with this month's figures from the database", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    const received = page.getByText("本月受理").locator("..").locator("dd");
    await expect(received).toHaveText(/^[\d,]+$/);
  });
});

for (const locale of ["zh-CN", "en-GB"] as const) {
  test.describe(`accessibility in ${locale}`, () => {
    test.use({ locale });

    test("public pages, filing, tracking, the desks and a case page have no serious or critical axe violations", async ({
      page,
    }) => {
      const check = async (path: string) => {
        await page.goto(path);
        const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
        const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(serious.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
      };
      await check("/");
      await check("/signin");
      await check("/file");
      await check("/track");
      await signInAsStaff(page, ACCOUNTS.waterHead);
      await check("/unit");
      await page.goto("/unit");
      const caseLink = await page.locator("table a").first().getAttribute("href");
      await check(caseLink ?? "/unit");
      await signOut(page);
      await signInAsStaff(page, ACCOUNTS.operator);
      await check("/desk");
      await page.goto("/desk");
      await check((await page.locator("table a").first().getAttribute("href")) ?? "/desk");
      await signOut(page);
      await signInAsStaff(page, ACCOUNTS.supervisor);
      await check("/supervision");
    });
  });
}
