import { type Page, expect } from "@playwright/test";
import { openCampaign, repliedCase } from "./factories";
import type { Account } from "./helpers";

// Every public, citizen, staff and admin page, in one list for the whole-site checks (reflow at
// 320 px, HTML_CodeSniffer): a new page is added here once and every such check visits it.

/** One visit of a page; `check` is what the spec does with it (measure the width, run a checker). */
export interface PageVisitor {
  page: Page;
  skipped: string[];
  check(path: string): Promise<void>;
}

export interface TourState {
  tracked: { reference: string; trackingCode: string };
  campaign: number;
}

/** The state the tour needs: a case with a reply (timeline, feedback form) and an open campaign. */
export async function tourState(): Promise<TourState> {
  const tracked = await repliedCase("water-group");
  // The demo has no appraisal campaign: one open campaign for its ballot and supervision pages.
  const campaign = (
    await openCampaign({
      name: "Reflow check campaign",
      units: ["water-group"],
      periodFrom: "2026-01-01",
      periodTo: "2026-02-28",
    })
  ).id;
  return { tracked, campaign };
}

/** The first link on a page whose address matches, for pages that need a real id or code. */
export async function firstLink(v: PageVisitor, listPath: string, pattern: RegExp): Promise<string | null> {
  await v.page.goto(listPath);
  const hrefs = await v.page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.find((href) => pattern.test(href)) ?? null;
}

async function checkFirst(v: PageVisitor, listPath: string, pattern: RegExp) {
  const href = await firstLink(v, listPath, pattern);
  if (href) await v.check(href);
  else v.skipped.push(`no link matching ${pattern} on ${listPath}`);
}

/** Proves the case with its reference and code as a guest would, and lands on its tracking page. */
export async function openTrackingPage(page: Page, tracked: TourState["tracked"]) {
  await page.goto("/track");
  await page.locator('input[name="reference"]').fill(tracked.reference);
  await page.locator('input[name="trackingCode"]').fill(tracked.trackingCode);
  await page.locator('form:has(input[name="trackingCode"]) button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`/track/${tracked.reference}$`));
}

export async function visitPublicPages(v: PageVisitor, { tracked, campaign }: TourState) {
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
    "/transparency/accountability",
    "/open-data",
    "/dev/mailbox",
    "/invite/not-a-real-invitation",
  ])
    await v.check(path);
  await checkFirst(v, "/petitions", /^\/petitions\/\d+$/);
  const petition = await firstLink(v, "/petitions", /^\/petitions\/\d+$/);
  if (petition) await v.check(`${petition}/confirm/not-a-real-token`);
  await v.check(`/appraisals/${campaign}`);
  await checkFirst(v, "/appraisals", /^\/appraisals\/results\/\d+$/);
  await checkFirst(v, "/transparency", /^\/transparency\/categories\/[^/?]+$/);
  await checkFirst(v, "/transparency", /^\/transparency\/units\/[^/?]+$/);
  await checkFirst(v, "/transparency/rankings", /^\/transparency\/units\/[^/?]+$/);
  await checkFirst(v, "/transparency/units/water-group", /^\/transparency\/cases\/[^/?]+$/);

  // The tracking page of a case, proven with its reference and code as a guest would.
  await openTrackingPage(v.page, tracked);
  await v.check(`/track/${tracked.reference}`);
}

/** The pages of each signed-in account, visited with that account's stored sign-in. */
export const SIGNED_IN_PAGES: [Account, (v: PageVisitor, state: TourState) => Promise<void>][] = [
  [
    "citizen",
    async (v, { campaign }) => {
      await v.check("/my-cases");
      await v.check(`/appraisals/${campaign}`);
    },
  ],
  [
    "operator",
    async (v, { tracked }) => {
      await v.check("/desk");
      await checkFirst(v, "/desk", /^\/cases\/[^/?]+$/);
      await v.check("/desk/search");
      await v.check(`/desk/callback/${tracked.reference}`);
    },
  ],
  [
    "waterHead",
    async (v, { tracked }) => {
      await v.check("/unit");
      await checkFirst(v, "/unit", /^\/cases\/[^/?]+$/);
      await checkFirst(v, "/unit", /^\/unit\/notices\/\d+$/);
      await checkFirst(v, "/unit", /^\/unit\/rectifications\/\d+$/);
      await v.check(`/cases/${tracked.reference}`);
    },
  ],
  [
    "supervisor",
    async (v, { campaign }) => {
      await v.check("/desk/search");
      await v.check("/supervision");
      await v.check("/supervision/appraisals");
      await v.check(`/supervision/appraisals/${campaign}`);
      for (const path of ["/supervision/notices", "/supervision/notices/new"]) await v.check(path);
      await checkFirst(v, "/supervision/notices", /^\/supervision\/notices\/\d+$/);
      await v.check("/supervision/accountability");
      await checkFirst(v, "/supervision/accountability", /^\/supervision\/accountability\/\d+$/);
      await v.check("/supervision/rectifications");
      await checkFirst(v, "/supervision/rectifications", /^\/supervision\/rectifications\/\d+$/);
    },
  ],
  ["observer", (v) => v.check("/observer")],
  [
    "moderator",
    async (v) => {
      await v.check("/moderation");
      await v.check("/moderation/blocks");
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
        "/admin/areas",
        "/admin/categories",
        "/admin/import",
        "/admin/open311",
        "/admin/knowledge",
        "/admin/mail",
        "/admin/scorecards",
        "/admin/settings",
        "/admin/sla",
        "/admin/sla/new",
        "/admin/units",
        "/admin/users",
      ])
        await v.check(path);
      await checkFirst(v, "/admin/categories", /^\/admin\/categories\/[^/?]+$/);
      await checkFirst(v, "/admin/sla", /^\/admin\/sla\/(?!new)[^/?]+$/);
      await checkFirst(v, "/admin/units", /^\/admin\/units\/[^/?]+$/);
      await checkFirst(v, "/admin/users", /^\/admin\/users\/[^/?]+$/);
      await checkFirst(v, "/admin/import", /^\/admin\/import\/jobs\/[^/?]+$/);
    },
  ],
];
