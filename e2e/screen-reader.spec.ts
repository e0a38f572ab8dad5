import { type Page, expect, test } from "@playwright/test";
import { repliedCase } from "./factories";
import { openTrackingPage } from "./pages";
import { readPage, startScreenReader } from "./screen-reader";

// What a screen reader says (Guidepup's Virtual Screen Reader in the page): the filing form, its
// error state, the tracking page and the petition signing form, in both languages.
const TEXT = {
  "en-GB": {
    type: "Type of case",
    title: "Short title",
    description: "What happened?",
    name: "Your name",
    required: "This field is required.",
    problem: "There is a problem",
    signRequired: "Required.",
    signName: /name/i,
    signEmail: /email/i,
  },
  "zh-CN": {
    type: "诉求类型",
    title: "标题",
    description: "具体情况",
    name: "姓名",
    required: "此项必填。",
    problem: "提交的内容有问题",
    signRequired: "必填。",
    signName: /姓名/,
    signEmail: /邮箱/,
  },
} as const;

/** The phrase announcing a form control: its label, and whether it is required or invalid. */
const control = (phrases: string[], label: string | RegExp) =>
  phrases.filter((p) => (typeof label === "string" ? p.includes(label) : label.test(p)) && /,/.test(p));

for (const locale of ["en-GB", "zh-CN"] as const) {
  test.describe(`a screen reader user in ${locale}`, () => {
    test.use({ locale, bypassCSP: true });
    const t = TEXT[locale];

    test("hears the filing form's labels and required fields, then the error summary and each error", async ({
      page,
    }) => {
      await page.goto("/file");
      await startScreenReader(page);
      const { read } = await readPage(page);
      for (const label of [t.type, t.title, t.description])
        expect(control(read, label).join(" | "), `${label} is announced as required`).toMatch(/required/);
      expect(control(read, t.name).length, "the name field is announced").toBeGreaterThan(0);

      await startScreenReader(page);
      await page.locator('button[name="intent"][value="check"]').last().click();
      await expect(page.getByRole("alert").filter({ hasText: t.problem })).toBeFocused();
      const after = await readPage(page);
      expect(after.heard.join(" | "), "the summary is announced when it appears").toContain(t.problem);
      const said = after.read.join(" | ");
      expect(said).toContain(t.problem);
      expect(said).toContain(`${t.title}: `);
      expect(control(after.read, t.title).join(" | "), "the title field says it is invalid").toMatch(/invalid/);
      expect(said).toContain(t.required);
    });

    test("hears the tracking form's labels, its error, and the tracking page of a case", async ({ page }) => {
      await page.goto("/track");
      await startScreenReader(page);
      const { read } = await readPage(page);
      expect(read.filter((p) => /required/.test(p) && /textbox/.test(p)).length).toBeGreaterThanOrEqual(2);
      await startScreenReader(page);
      await page.locator('form:has(input[name="trackingCode"]) button[type="submit"]').click();
      await expect(page.getByRole("alert").filter({ hasText: t.problem })).toBeFocused();
      const after = await readPage(page);
      expect(after.heard.join(" | ")).toContain(t.problem);
      expect(after.read.join(" | ")).toContain(t.required);

      const tracked = await repliedCase("water-group");
      await openTrackingPage(page, tracked);
      await startScreenReader(page);
      const tracking = (await readPage(page)).read.join(" | ");
      expect(tracking).toContain(tracked.reference);
      expect(tracking).toMatch(/heading, .*level 1/);
    });

    test("hears the petition signing form's labels and required fields, then its errors", async ({ page }) => {
      const petition = await signablePetition(page);
      test.skip(!petition, "no petition open for signatures in the demo data");
      await startScreenReader(page);
      const { read } = await readPage(page);
      expect(control(read, t.signName).join(" | ")).toMatch(/required/);
      expect(control(read, t.signEmail).join(" | ")).toMatch(/required/);
      await startScreenReader(page);
      await page.locator("#sign form button[type=submit]").click();
      await expect(page.locator("#sign").getByRole("alert")).toBeFocused();
      const after = await readPage(page);
      expect(after.heard.join(" | ")).toContain(t.problem);
      const said = after.read.join(" | ");
      expect(said).toMatch(new RegExp(`link, [^|]*: ${t.signRequired}`));
      expect(control(after.read, t.signEmail).join(" | ")).toMatch(/invalid/);
    });
  });
}

/** The first listed petition that shows the signing form; the page is left on it. */
async function signablePetition(page: Page): Promise<string | null> {
  await page.goto("/petitions");
  const links = await page
    .locator("a[href]")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? "").filter((h) => /^\/petitions\/\d+$/.test(h)));
  for (const href of [...new Set(links)]) {
    await page.goto(href);
    if (await page.locator("#sign form").count()) return href;
  }
  return null;
}
