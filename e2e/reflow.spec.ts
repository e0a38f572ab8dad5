import { type Browser, type Page, expect, test } from "@playwright/test";
import { openCampaign, repliedCase } from "./factories";
import { type Account, storageStatePath } from "./helpers";

// WCAG 1.4.10 Reflow: every page at 320 CSS px wide without sideways scrolling. A 1280 px window
// at 400 % zoom is a 320 CSS px viewport (zoom divides the CSS viewport by the factor), so the
// phone-sized viewport below tests both; the zoomed check only adds the short height (1024 / 4).
const PHONE = { width: 320, height: 640 };
const ZOOMED_1280_AT_400 = { width: 1280 / 4, height: 1024 / 4 };
const LOCALES = ["en-GB", "zh-CN"] as const;

/**
 * Null when the page fits its viewport; otherwise how wide it is and which elements stick out:
 * the outermost ones (where the overflow starts) and the widest. Elements inside a scrolling
 * region of their own (a wide table's region) are clipped by it and do not count.
 */
function overflowOf(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const viewport = window.innerWidth;
    if (root.scrollWidth <= viewport) return null;
    const clipped = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement)
        if (getComputedStyle(parent).overflowX !== "visible") return true;
      return false;
    };
    const describe = (element: Element) => {
      const classes = typeof element.className === "string" ? element.className.trim().split(/\s+/).slice(0, 6) : [];
      const name = [element.tagName.toLowerCase(), element.id ? `#${element.id}` : "", ...classes.map((c) => `.${c}`)];
      const text = (element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      return `${name.join("")} (right ${Math.round(element.getBoundingClientRect().right)}px) "${text}"`;
    };
    const sticking = [...document.body.querySelectorAll("*")].filter(
      (element) => element.getBoundingClientRect().right > viewport + 0.5 && !clipped(element),
    );
    const outermost = sticking.filter((element) => !element.parentElement || !sticking.includes(element.parentElement));
    const widest = [...sticking].sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)[0];
    // A long word sticks out of its element without the element itself being too wide.
    const spilling = [...document.body.querySelectorAll("*")].filter(
      (element) =>
        element.clientWidth > 1 &&
        element.scrollWidth > element.clientWidth + 1 &&
        getComputedStyle(element).overflowX === "visible" &&
        !clipped(element),
    );
    const spilt = spilling.at(-1);
    return [
      `scrollWidth ${root.scrollWidth} > ${viewport}`,
      outermost.length ? `starts at ${outermost.slice(0, 3).map(describe).join("; ")}` : "",
      widest ? `widest ${describe(widest)}` : "",
      spilt ? `text spills out of ${describe(spilt)}` : "",
    ]
      .filter(Boolean)
      .join(" | ");
  });
}

interface Visitor {
  page: Page;
  problems: string[];
  skipped: string[];
}

async function visitor(browser: Browser, locale: string, who: Account | null, viewport = PHONE): Promise<Visitor> {
  const context = await browser.newContext({
    locale,
    viewport,
    ...(who ? { storageState: storageStatePath(who) } : {}),
  });
  return { page: await context.newPage(), problems: [], skipped: [] };
}

/** Opens the page and notes it if it is wider than the viewport. */
async function check(v: Visitor, path: string) {
  const response = await v.page.goto(path);
  expect(response?.status() ?? 0, `${path} answered`).toBeLessThan(500);
  const problem = await overflowOf(v.page);
  if (problem) v.problems.push(`${path}: ${problem}`);
}

/** The first link on a page whose address matches, for pages that need a real id or code. */
async function firstLink(v: Visitor, listPath: string, pattern: RegExp): Promise<string | null> {
  await v.page.goto(listPath);
  const hrefs = await v.page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.find((href) => pattern.test(href)) ?? null;
}

async function checkFirst(v: Visitor, listPath: string, pattern: RegExp) {
  const href = await firstLink(v, listPath, pattern);
  if (href) await check(v, href);
  else v.skipped.push(`no link matching ${pattern} on ${listPath}`);
}

function report(v: Visitor, who: string) {
  if (v.skipped.length) test.info().annotations.push({ type: "skipped pages", description: v.skipped.join("; ") });
  expect(v.problems, `pages wider than 320 px for ${who}`).toEqual([]);
}

let tracked = { reference: "", trackingCode: "" };
let campaign = 0;

test.beforeAll(async () => {
  // A case with a reply, so the tracking page shows its timeline and the feedback form.
  tracked = await repliedCase("water-group");
  // The demo has no appraisal campaign: one open campaign for its ballot and supervision pages.
  campaign = (
    await openCampaign({
      name: "Reflow check campaign",
      units: ["water-group"],
      periodFrom: "2026-01-01",
      periodTo: "2026-02-28",
    })
  ).id;
});

for (const locale of LOCALES) {
  test.describe(`at 320 CSS px in ${locale}`, () => {
    test("every public page fits the width", async ({ browser }) => {
      test.setTimeout(240_000);
      const v = await visitor(browser, locale, null);
      for (const path of [
        "/",
        "/file",
        "/file/done",
        "/track",
        "/signin",
        "/signin/check-email",
        "/petitions",
        "/petitions/new",
        "/appraisals",
        "/transparency",
        "/transparency/integrity",
        "/transparency/methodology",
        "/transparency/rankings",
        "/open-data",
        "/dev/mailbox",
        "/invite/not-a-real-invitation",
      ])
        await check(v, path);
      await checkFirst(v, "/petitions", /^\/petitions\/\d+$/);
      const petition = await firstLink(v, "/petitions", /^\/petitions\/\d+$/);
      if (petition) await check(v, `${petition}/confirm/not-a-real-token`);
      await check(v, `/appraisals/${campaign}`);
      await checkFirst(v, "/appraisals", /^\/appraisals\/results\/\d+$/);
      await checkFirst(v, "/transparency", /^\/transparency\/categories\/[^/?]+$/);
      await checkFirst(v, "/transparency", /^\/transparency\/units\/[^/?]+$/);
      await checkFirst(v, "/transparency/rankings", /^\/transparency\/units\/[^/?]+$/);
      await checkFirst(v, "/transparency/units/water-group", /^\/transparency\/cases\/[^/?]+$/);

      // The tracking page of a case, proven with its reference and code as a guest would.
      await v.page.goto("/track");
      await v.page.locator('input[name="reference"]').fill(tracked.reference);
      await v.page.locator('input[name="trackingCode"]').fill(tracked.trackingCode);
      await v.page.locator('form:has(input[name="trackingCode"]) button[type="submit"]').click();
      await expect(v.page).toHaveURL(new RegExp(`/track/${tracked.reference}$`));
      await check(v, `/track/${tracked.reference}`);
      report(v, "a guest");
    });

    test("every staff, admin and citizen page fits the width", async ({ browser }) => {
      test.setTimeout(300_000);
      const pages: [Account, (v: Visitor) => Promise<void>][] = [
        [
          "citizen",
          async (v) => {
            await check(v, "/my-cases");
            await check(v, `/appraisals/${campaign}`);
          },
        ],
        [
          "operator",
          async (v) => {
            await check(v, "/desk");
            await checkFirst(v, "/desk", /^\/cases\/[^/?]+$/);
          },
        ],
        [
          "waterHead",
          async (v) => {
            await check(v, "/unit");
            await checkFirst(v, "/unit", /^\/cases\/[^/?]+$/);
            await check(v, `/cases/${tracked.reference}`);
          },
        ],
        [
          "supervisor",
          async (v) => {
            await check(v, "/supervision");
            await check(v, "/supervision/appraisals");
            await check(v, `/supervision/appraisals/${campaign}`);
          },
        ],
        ["observer", (v) => check(v, "/observer")],
        [
          "moderator",
          async (v) => {
            await check(v, "/moderation");
            await check(v, "/moderation/blocks");
            await checkFirst(v, "/moderation", /^\/moderation\/\d+$/);
          },
        ],
        [
          "admin",
          async (v) => {
            for (const path of [
              "/admin",
              "/admin/audit",
              "/admin/calendar",
              "/admin/catalogue",
              "/admin/categories",
              "/admin/import",
              "/admin/knowledge",
              "/admin/mail",
              "/admin/open311",
              "/admin/scorecards",
              "/admin/settings",
              "/admin/sla",
              "/admin/sla/new",
              "/admin/units",
              "/admin/users",
            ])
              await check(v, path);
            await checkFirst(v, "/admin/categories", /^\/admin\/categories\/[^/?]+$/);
            await checkFirst(v, "/admin/sla", /^\/admin\/sla\/(?!new)[^/?]+$/);
            await checkFirst(v, "/admin/units", /^\/admin\/units\/[^/?]+$/);
            await checkFirst(v, "/admin/users", /^\/admin\/users\/[^/?]+$/);
            await checkFirst(v, "/admin/import", /^\/admin\/import\/jobs\/[^/?]+$/);
          },
        ],
      ];
      const problems: string[] = [];
      for (const [who, visit] of pages) {
        const v = await visitor(browser, locale, who);
        await visit(v);
        problems.push(...v.problems.map((problem) => `${who} ${problem}`));
        if (v.skipped.length)
          test.info().annotations.push({ type: `skipped pages (${who})`, description: v.skipped.join("; ") });
        await v.page.context().close();
      }
      expect(problems, "pages wider than 320 px").toEqual([]);
    });
  });
}

test("a 1280 px window at 400 % zoom reads the filing form, a case and a table without sideways scrolling", async ({
  browser,
}) => {
  const guest = await visitor(browser, "en-GB", null, ZOOMED_1280_AT_400);
  for (const path of ["/", "/file", "/transparency", "/transparency/rankings"]) await check(guest, path);
  report(guest, "a guest at 400 %");
  const admin = await visitor(browser, "en-GB", "admin", ZOOMED_1280_AT_400);
  for (const path of ["/admin/users", `/cases/${tracked.reference}`]) await check(admin, path);
  report(admin, "an admin at 400 %");
});
