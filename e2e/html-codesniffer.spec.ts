import { type Browser, expect, test } from "@playwright/test";
import { type Account, storageStatePath } from "./helpers";
import { htmlcsErrors } from "./htmlcs";
import { type PageVisitor, SIGNED_IN_PAGES, type TourState, tourState, visitPublicPages } from "./pages";

// WCAG 2.2 AA beyond axe: HTML_CodeSniffer's WCAG2AA standard on every page e2e/pages.ts lists,
// in both languages, with zero errors (docs/accessibility.md).
const LOCALES = ["en-GB", "zh-CN"] as const;

type Visitor = PageVisitor & { problems: string[] };

async function visitor(browser: Browser, locale: string, who: Account | null): Promise<Visitor> {
  const context = await browser.newContext({
    locale,
    // The app's Content-Security-Policy would refuse the injected checker.
    bypassCSP: true,
    ...(who ? { storageState: storageStatePath(who) } : {}),
  });
  const v: Visitor = {
    page: await context.newPage(),
    problems: [],
    skipped: [],
    check: async (path) => {
      const response = await v.page.goto(path);
      expect(response?.status() ?? 0, `${path} answered`).toBeLessThan(500);
      for (const error of await htmlcsErrors(v.page)) v.problems.push(`${path}: ${error.code} ${error.element}`);
    },
  };
  return v;
}

let state: TourState;

test.beforeAll(async () => {
  state = await tourState();
});

for (const locale of LOCALES) {
  test.describe(`HTML_CodeSniffer WCAG2AA in ${locale}`, () => {
    test("every public page has no errors", async ({ browser }) => {
      test.setTimeout(240_000);
      const v = await visitor(browser, locale, null);
      await visitPublicPages(v, state);
      if (v.skipped.length) test.info().annotations.push({ type: "skipped pages", description: v.skipped.join("; ") });
      expect(v.problems, "HTML_CodeSniffer errors for a guest").toEqual([]);
    });

    test("every staff, admin and citizen page has no errors", async ({ browser }) => {
      test.setTimeout(300_000);
      const problems: string[] = [];
      for (const [who, visit] of SIGNED_IN_PAGES) {
        const v = await visitor(browser, locale, who);
        await visit(v, state);
        problems.push(...v.problems.map((problem) => `${who} ${problem}`));
        if (v.skipped.length)
          test.info().annotations.push({ type: `skipped pages (${who})`, description: v.skipped.join("; ") });
        await v.page.context().close();
      }
      expect(problems, "HTML_CodeSniffer errors").toEqual([]);
    });
  });
}
