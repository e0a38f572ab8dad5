import AxeBuilder from "@axe-core/playwright";
import { type Browser, type Page, expect, test } from "@playwright/test";
import { ACCOUNTS, signInAsCitizen, staffPage } from "./helpers";

test.use({ locale: "en-GB" });
test.setTimeout(300_000);

/** A guest signs on this page and confirms through the emailed link's button. */
async function signAndConfirm(browser: Browser, url: string, email: string, name: string) {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await page.goto(url);
  const form = page.getByRole("region", { name: "Your signature" });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("Email", { exact: true }).fill(email);
  await form.getByLabel("District where you live").selectOption({ label: "Binhai District" });
  await form.getByLabel(/I live in the city/).check();
  await form.getByLabel(/Email me when/).check();
  await form.getByRole("button", { name: "Sign" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Check your email" })).toBeVisible();
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await page
    .getByRole("link", { name: /\/confirm\// })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Confirm your signature" })).toBeVisible();
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByRole("status").filter({ hasText: "confirmed" })).toBeVisible();
  await context.close();
}

async function waitForText(page: Page, url: string, text: RegExp) {
  await expect(async () => {
    await page.goto(url);
    await expect(page.getByText(text).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000, intervals: [2_000] });
}

test("a creator drafts, five supporters back it, a moderator approves, three sign, the unit answers on the petition", async ({
  page,
  browser,
}) => {
  // The administrator sets a small city's answer threshold.
  const admin = await staffPage(browser, ACCOUNTS.admin);
  await admin.goto("/admin/settings");
  const settings = admin.getByRole("region", { name: "Petitions" });
  const threshold = settings.getByLabel("Signatures for a government answer");
  const cityThreshold = await threshold.inputValue();
  await threshold.fill("3");
  await settings.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByRole("status")).toBeVisible();
  try {
    // The creator drafts and opens it to supporters.
    await signInAsCitizen(page, ACCOUNTS.citizen);
    await page.goto("/petitions/new");
    const title = `Night buses to the Binhai ferry pier ${Date.now().toString(36)}`;
    await page.getByLabel("Title").fill(title);
    await page
      .getByLabel("What should the government do?")
      .fill("Run a night bus every 30 minutes between the railway station and the Binhai ferry pier.");
    await page.getByLabel("Subject").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Save draft" }).click();
    const anyway = page.getByRole("button", { name: "None of these: save my draft" });
    if (await anyway.isVisible().catch(() => false)) await anyway.click();
    await expect(page.getByRole("heading", { name: "Your draft" })).toBeVisible();
    const petitionPath = new URL(page.url()).pathname;
    await page.getByRole("button", { name: "Open to supporters" }).click();
    const shareLink = await page.getByLabel("Link for supporters").inputValue();
    expect(shareLink).toContain("share=");

    // A guest without the link sees nothing yet.
    const guest = await (await browser.newContext({ locale: "en-GB" })).newPage();
    expect((await guest.goto(petitionPath))?.status()).toBe(404);

    for (let i = 1; i <= 5; i++)
      await signAndConfirm(browser, shareLink, `supporter${i}.${Date.now()}@example.org`, `Supporter ${i}`);
    await page.goto(petitionPath);
    await expect(page.getByText(/waiting for the moderators/)).toBeVisible();

    // The moderator approves it and names the bus company's unit.
    const moderator = await staffPage(browser, ACCOUNTS.moderator);
    await moderator.goto("/moderation");
    await moderator.getByRole("link", { name: title }).click();
    const approve = moderator.getByRole("region", { name: "Approve" });
    await approve.getByLabel("Responsible unit").selectOption({ label: "Jiangbin Water Group Co., Ltd." });
    await approve.getByRole("button", { name: "Approve and open" }).click();
    await expect(moderator.getByRole("status")).toContainText("Approved");

    // Three people sign and confirm through the mailbox.
    for (let i = 1; i <= 3; i++)
      await signAndConfirm(browser, petitionPath, `signer${i}.${Date.now()}@example.org`, `Signer ${i}`);

    // The batch count reaches 8 (supporters count too) and the response case is opened.
    await waitForText(guest, petitionPath, /8 signatures/);
    await waitForText(guest, petitionPath, /must answer by/);
    const due = await guest.getByText(/must answer by/).textContent();
    const reference = due?.match(/\d{4}-\d{6}-[A-Z0-9]/)?.[0];
    expect(reference).toBeTruthy();
    await expect(guest.getByRole("row", { name: /Binhai District 8/ })).toBeVisible();

    // The unit answers through its usual desk.
    const head = await staffPage(browser, ACCOUNTS.waterHead);
    await head.goto(`/cases/${reference}`);
    await head.getByRole("region", { name: "Sign for" }).getByRole("button", { name: "Sign for" }).click();
    await expect(head.getByRole("status")).toHaveText("Signed for.");
    const contact = head.getByRole("region", { name: "Record first contact" });
    await contact.getByRole("textbox").first().fill("Called the petition's creator.");
    await contact.getByRole("button", { name: "Record" }).click();
    const reply = head.getByRole("region", { name: "Formal reply" });
    await reply.getByRole("radio", { name: "Resolved" }).check();
    const answer = "A night bus (route N8) will run every 30 minutes from next month.";
    await reply.getByLabel("Reply", { exact: true }).fill(answer);
    await reply.getByRole("button", { name: "Send reply" }).click();
    await expect(head.getByRole("status")).toHaveText("Reply sent.");

    // The reply is published on the petition (a guest's copy of the page is at most 3 s old), and in the JSON API.
    await waitForText(guest, petitionPath, /route N8/);
    await expect(guest.getByTestId("petition-answer")).toContainText(answer);
    // Guests share a cached copy; the signed-in creator's page is rendered for them.
    expect((await guest.request.get(petitionPath)).headers()["x-page-cache"]).toMatch(/^(hit|stale|miss)$/);
    expect((await page.request.get(petitionPath)).headers()["x-page-cache"]).toBeUndefined();
    const id = petitionPath.split("/").pop();
    const json = (await (await guest.request.get(`/api/v1/petitions/${id}`)).json()) as {
      signatureCount: number;
      response: { answer: string };
      districts: { code: string; signatures: number }[];
    };
    expect(json.signatureCount).toBe(8);
    expect(json.response.answer).toBe(answer);
    expect(JSON.stringify(json)).not.toContain("@example.org");
  } finally {
    // The threshold is the city's: back to what it was, whatever happened above.
    await admin.goto("/admin/settings");
    await admin
      .getByRole("region", { name: "Petitions" })
      .getByLabel("Signatures for a government answer")
      .fill(cityThreshold);
    await admin.getByRole("region", { name: "Petitions" }).getByRole("button", { name: "Save" }).click();
    await expect(admin.getByRole("status")).toBeVisible();
  }
});

test("a petition rejected for personal data is not shown; one rejected as a duplicate is, with its reason", async ({
  page,
}) => {
  await page.goto("/petitions?stage=rejected");
  await expect(page.getByRole("link", { name: /Publish the home address/ })).toHaveCount(0);
  const visible = page.getByRole("link", { name: /second ring road/i });
  await expect(visible).toBeVisible();
  await visible.click();
  await expect(page.getByText(/already open/).first()).toBeVisible();
  const feed = await (await page.request.get("/petitions/feed.xml")).text();
  expect(feed).not.toContain("Publish the home address");
  const list = (await (await page.request.get("/api/v1/petitions?stage=rejected")).json()) as {
    petitions: { title: string; id: number }[];
  };
  expect(list.petitions.some((p) => p.title.includes("Publish the home address"))).toBe(false);
});

for (const locale of ["zh-CN", "en-GB"] as const) {
  test.describe(`petition pages in ${locale}`, () => {
    test.use({ locale });
    test("have no serious or critical axe violations", async ({ page }) => {
      const check = async (path: string) => {
        await page.goto(path);
        const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
        const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(serious.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
      };
      await check("/petitions");
      await check("/petitions?stage=answered&sort=newest");
      await page.goto("/petitions?stage=open");
      const first = await page.locator("main ol a").first().getAttribute("href");
      await check(first ?? "/petitions");
      await page.goto("/petitions?stage=rejected");
      const rejected = await page.locator("main ol a").first().getAttribute("href");
      await check(rejected ?? "/petitions");
      await signInAsCitizen(page, ACCOUNTS.citizen);
      await check("/petitions/new");
    });
  });
}
