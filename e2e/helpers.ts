import fs from "node:fs";
import path from "node:path";
import { type Browser, type BrowserContext, type Page, expect } from "@playwright/test";

export const DEMO_PASSWORD = "answerable-demo";

export const ACCOUNTS = {
  admin: "admin@answerable.local",
  operator: "operator@answerable.local",
  supervisor: "supervisor@answerable.local",
  observer: "observer@answerable.local",
  moderator: "moderator@answerable.local",
  urbanStaff: "staff.urban@answerable.local",
  urbanHead: "head.urban@answerable.local",
  waterStaff: "staff.water@answerable.local",
  waterHead: "head.water@answerable.local",
  citizen: "citizen@answerable.local",
} as const;

export type Account = keyof typeof ACCOUNTS;

const port = Number(process.env.E2E_PORT ?? 3100);

/** Where the sign-in project keeps this account's cookies (per port: two servers, two sets). */
export function storageStatePath(who: Account): string {
  return path.join(".data", `e2e-auth-${port}`, `${who}.json`);
}

function accountOf(email: string): Account {
  const who = (Object.keys(ACCOUNTS) as Account[]).find((key) => ACCOUNTS[key] === email);
  if (!who) throw new Error(`${email} is not a demo account with a stored sign-in`);
  return who;
}

/** Staff sign in with email and password, as a person would on /signin. */
export async function signInThroughForm(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  const form = page.locator("form", { has: page.locator("#staff-password") });
  await form.getByLabel(/Email|邮箱/).fill(email);
  await form.getByLabel(/Password|密码/).fill(password);
  await form.getByRole("button").click();
  // The first sign-in of a run meets a cold server (and a deliberately slow password hash).
  await expect(page).not.toHaveURL(/\/signin/, { timeout: 30_000 });
}

/** Citizens ask for a link, open it from the development mailbox, and land signed in. */
export async function signInThroughMailbox(page: Page, email: string) {
  await page.goto("/signin");
  const form = page.locator("form", { has: page.locator("#citizen-email") });
  await form.getByLabel(/Email|邮箱/).fill(email);
  await form.getByRole("button").click();
  await expect(page).toHaveURL(/\/signin\/check-email/);
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  const link = page.getByRole("link", { name: /\/api\/auth\/callback\/email/ }).first();
  await link.click();
  await expect(page).not.toHaveURL(/\/signin/);
}

/**
 * Signs this page's context in as a demo account with the cookies the sign-in project stored:
 * no form, no mail. The page's own settings (locale) stay as the test set them.
 */
export async function signInAs(page: Page, who: Account) {
  const state = JSON.parse(fs.readFileSync(storageStatePath(who), "utf8")) as {
    cookies: Parameters<BrowserContext["addCookies"]>[0];
  };
  // Whoever was signed in here before is signed out; other cookies (the language) stay.
  for (const cookie of state.cookies) await page.context().clearCookies({ name: cookie.name });
  await page.context().addCookies(state.cookies);
}

/** A demo staff member (by email) signed in on this page, from the stored sign-in. */
export async function signInAsStaff(page: Page, email: string) {
  await signInAs(page, accountOf(email));
}

/** The demo citizen (by email) signed in on this page, from the stored sign-in. */
export async function signInAsCitizen(page: Page, email: string) {
  await signInAs(page, accountOf(email));
}

/** A fresh browser context signed in as this demo staff member, in English. */
export async function staffPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: "en-GB", storageState: storageStatePath(accountOf(email)) });
  return context.newPage();
}

/**
 * The reference of a case this unit leads and `other` (if given) does not co-handle, from its
 * /unit list, which also holds cases it only co-handles: each candidate's page names its units.
 */
export async function caseLedBy(page: Page, leadUnit: RegExp, other?: RegExp): Promise<string> {
  await page.goto("/unit");
  const references = (await page.locator("table a").allTextContents()).map((text) => text.trim()).slice(0, 20);
  const fact = (label: RegExp) => page.locator("dt", { hasText: label }).locator("xpath=following-sibling::dd[1]");
  for (const reference of references) {
    await page.goto(`/cases/${reference}`);
    const lead =
      (await fact(/^(Lead unit|主办单位)$/)
        .first()
        .textContent()) ?? "";
    const co = (await fact(/Co-handling|协办/).allTextContents()).join(" ");
    if (leadUnit.test(lead) && !(other && other.test(co))) return reference;
  }
  throw new Error(`no case led by ${leadUnit} on /unit`);
}

/** Takes a day added in a test off the calendar again (/admin/calendar, signed in as an admin). */
export async function removeCalendarDay(admin: Page, day: string) {
  await admin.goto(`/admin/calendar?year=${day.slice(0, 4)}`);
  await admin.getByRole("button", { name: `Remove ${day}` }).click();
  await expect(admin.getByRole("status")).toHaveText("Day removed.");
}

/** Signs out with the header's button and waits until the session cookie is gone. */
export async function signOut(page: Page) {
  await page.getByRole("button", { name: /Sign out|退出/ }).click();
  await expect(page).toHaveURL(/^[^?#]*:\/\/[^/]+\/$/);
}
