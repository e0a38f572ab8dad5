import { type Browser, type Page, expect } from "@playwright/test";

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

/** Staff sign in with email and password, as a person would on /signin. */
export async function signInAsStaff(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  const form = page.locator("form", { has: page.locator("#staff-password") });
  await form.getByLabel(/Email|邮箱/).fill(email);
  await form.getByLabel(/Password|密码/).fill(password);
  await form.getByRole("button").click();
  await expect(page).not.toHaveURL(/\/signin/);
}

/** Citizens ask for a link, open it from the development mailbox, and land signed in. */
export async function signInAsCitizen(page: Page, email: string) {
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

/** A fresh browser context signed in as this staff member, in English. */
export async function staffPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await signInAsStaff(page, email);
  return page;
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
