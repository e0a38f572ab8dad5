import { type Page, expect, test } from "@playwright/test";
import { ACCOUNTS, removeCalendarDay, staffPage } from "./helpers";

test.use({ locale: "en-GB" });

const TODAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

async function fileAsGuest(page: Page, title: string): Promise<string> {
  await page.goto("/file");
  await page.getByLabel("Type of case").selectOption({ label: "Complaint" });
  await page.getByLabel("Category").selectOption({ label: "Broken street light" });
  await page.getByLabel("District").selectOption({ label: "Binhai District" });
  await page.getByLabel("Short title").fill(title);
  await page.getByLabel("What happened?").fill("The street light outside number 8 has been off for a week.");
  await page.getByLabel("Your name").fill("Sun Mei");
  await page.getByLabel("Email address").fill(`sun.${Date.now()}@example.cn`);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: /^File my case/ }).click();
  return (await page.getByTestId("case-reference").textContent())?.trim() ?? "";
}

async function fact(page: Page, reference: string, label: string): Promise<string> {
  await page.goto(`/cases/${reference}`);
  return (
    (
      await page.locator("dt", { hasText: label }).first().locator("xpath=following-sibling::dd").textContent()
    )?.trim() ?? ""
  );
}

test("an admin adds a holiday and a dispatch entry; the next case routes to the new unit with a deadline that skips the holiday, and an earlier case keeps its own", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const admin = await staffPage(browser, ACCOUNTS.admin);

  // A case filed before the changes.
  const earlier = await fileAsGuest(page, "Street light out (before the changes)");
  const earlierDue = await fact(admin, earlier, "Reply due");
  const earlierLead = await fact(admin, earlier, "Lead unit");
  expect(earlierDue).toMatch(/^by the end of /);

  // A public holiday on the second of the coming working days.
  await admin.goto("/admin/calendar");
  const upcoming = admin.getByRole("list", { name: "The next 30 working days" });
  const workingDays = await upcoming
    .locator("time")
    .evaluateAll((times) => times.map((t) => t.getAttribute("datetime") ?? ""));
  const holiday = workingDays[1] ?? "";
  const add = admin.getByRole("region", { name: "Add a day" });
  await add.getByLabel("Date (YYYY-MM-DD)").fill(holiday);
  await add.getByLabel("Kind").selectOption({ label: "Public holiday" });
  await add.getByRole("button", { name: "Add day" }).click();
  try {
    await expect(admin.getByRole("status")).toHaveText("Day saved.");

    // From today, street lights in Binhai go to the water affairs bureau (for this test's sake).
    await admin.goto("/admin/catalogue");
    const entry = admin.getByRole("region", { name: "Add an entry" });
    await entry.getByLabel("Category", { exact: true }).selectOption({ label: "Broken street light" });
    await entry.getByLabel("District", { exact: true }).selectOption({ label: "Binhai District" });
    await entry.getByLabel("Lead unit").selectOption({ label: "Jiangbin Municipal Water Affairs Bureau" });
    await entry.getByLabel("Effective from (YYYY-MM-DD)").fill(TODAY);
    await entry.getByRole("button", { name: "Add entry" }).click();
    await expect(admin.getByRole("status")).toHaveText("Catalogue entry added.");

    // A case filed now lands where the catalogue says, one working day later than before.
    const later = await fileAsGuest(page, "Street light out (after the changes)");
    expect(await fact(admin, later, "Lead unit")).toBe("Jiangbin Municipal Water Affairs Bureau");
    const laterDue = await fact(admin, later, "Reply due");
    // Exactly one working day later: the working day that followed the earlier due date, before the holiday.
    const shown = (iso: string) =>
      [
        new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" }),
        new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" }),
      ].map((f) => f.format(new Date(`${iso}T00:00:00Z`)));
    const earlierIndex = workingDays.findIndex((iso) => shown(iso).some((text) => earlierDue.endsWith(text)));
    expect(earlierIndex, `${earlierDue} among ${workingDays.join(" ")}`).toBeGreaterThan(1);
    expect(
      shown(workingDays[earlierIndex + 1] ?? "").some((text) => laterDue.endsWith(text)),
      `${laterDue} after ${earlierDue}`,
    ).toBe(true);

    // The earlier case keeps the routing and the deadline it was given.
    expect(await fact(admin, earlier, "Lead unit")).toBe(earlierLead);
    expect(await fact(admin, earlier, "Reply due")).toBe(earlierDue);
    expect(earlierLead).not.toBe("Jiangbin Municipal Water Affairs Bureau");
  } finally {
    // The calendar is every case's: the holiday goes again, whatever happened above.
    await removeCalendarDay(admin, holiday);
  }
});
