import { expect, test } from "@playwright/test";
import { auditEntries } from "./factories";
import { ACCOUNTS, removeCalendarDay, staffPage } from "./helpers";

test("an admin adds a holiday, previews an official list with a bad line, and is told why an SLA policy is wrong", async ({
  browser,
}) => {
  const admin = await staffPage(browser, ACCOUNTS.admin);

  // The shipped calendar lists official holidays up to the end of 2026, so from November 2026 the
  // dashboard asks for the next year's State Council notice, and links to the calendar.
  await admin.goto("/admin");
  const warning = admin.getByRole("region", { name: "The working calendar runs out soon" });
  await expect(warning).toContainText(/Import the State Council's holiday notice for \d{4}/);
  await warning.getByRole("link", { name: "Open the working calendar" }).click();
  await expect(admin.getByRole("region", { name: "The working calendar runs out soon" })).toBeVisible();

  // A holiday on the fifth of the next 30 working days.
  const upcoming = admin.getByRole("list", { name: "The next 30 working days" });
  await expect(upcoming.locator("time")).toHaveCount(30);
  const day = (await upcoming.locator("time").nth(4).getAttribute("datetime")) ?? "";
  expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const add = admin.getByRole("region", { name: "Add a day" });
  await add.getByLabel("Date (YYYY-MM-DD)").fill(day);
  await add.getByLabel("Kind").selectOption({ label: "Public holiday" });
  await add.getByLabel("Name in English (optional)").fill("Founding day of the test");
  await add.getByRole("button", { name: "Add day" }).click();
  try {
    await expect(admin.getByRole("status")).toHaveText("Day saved.");
    // The audit log, which no page shows in full, holds who added it and what.
    const [added] = await auditEntries("calendar_day.add", 1);
    expect(added).toMatchObject({ actorEmail: ACCOUNTS.admin, after: expect.objectContaining({ date: day }) });
    await expect(admin).toHaveURL(new RegExp(`year=${day.slice(0, 4)}`));
    const row = admin.getByRole("row").filter({ hasText: day });
    await expect(row).toContainText("Public holiday");
    await expect(row).toContainText("Founding day of the test");
    await expect(row.getByRole("button", { name: `Remove ${day}` })).toBeVisible();
    // The preview skips it and still lists 30 working days.
    await expect(upcoming.locator(`time[datetime="${day}"]`)).toHaveCount(0);
    await expect(upcoming.locator("time")).toHaveCount(30);

    // A pasted list with one bad line: the dry run names the line and changes nothing.
    const importer = admin.getByRole("region", { name: "Import an official list" });
    await importer.getByLabel("Year to import").fill("2030");
    await importer
      .getByLabel("CSV or iCalendar text")
      .fill(
        [
          "date,kind,name",
          "2030-10-01,holiday,National Day",
          "2030-10-32,holiday,Not a day",
          "2030-09-29,workday,Make-up day",
        ].join("\n"),
      );
    await importer.getByRole("button", { name: "Preview" }).click();
    const outcome = importer.getByRole("status");
    await expect(outcome).toContainText("Preview for 2030: 2 days read");
    await expect(outcome).toContainText("Line 3: Not a valid date (YYYY-MM-DD).");
    await expect(importer.getByLabel("CSV or iCalendar text")).toHaveValue(/2030-10-32/);
    await importer.getByRole("button", { name: "Import" }).click();
    await expect(importer.getByRole("status")).toContainText("Nothing was imported");
    await admin.goto("/admin/calendar?year=2030");
    await expect(admin.getByRole("row").filter({ hasText: "2030-10-01" })).toHaveCount(0);

    // An SLA policy whose sign-for limit exceeds its reply limit: the error sits by the field, values kept.
    await admin.goto("/admin/sla");
    await admin.getByRole("link", { name: "Edit policy general" }).click();
    const form = admin.getByRole("region", { name: "Edit SLA policy general" });
    const signFor = form.getByLabel(/^Sign-for limit/);
    await signFor.fill("9");
    await form.getByLabel(/^Name in English/).fill("General case (edited)");
    await form.getByRole("button", { name: "Save policy" }).click();
    await expect(form.locator("p").filter({ hasText: "Sign-for cannot come later than the reply." })).toBeVisible();
    await expect(signFor).toHaveAttribute("aria-invalid", "true");
    await expect(signFor).toHaveAccessibleDescription(/Sign-for cannot come later than the reply\./);
    await expect(signFor).toHaveValue("9");
    await expect(form.getByLabel(/^Name in English/)).toHaveValue("General case (edited)");
    await admin.goto("/admin/sla");
    await expect(admin.getByRole("row").filter({ hasText: "general" }).first()).toContainText("General case");
    await expect(admin.getByText("General case (edited)")).toHaveCount(0);
  } finally {
    // The calendar is every case's: the holiday goes again, whatever happened above.
    await removeCalendarDay(admin, day);
  }
});
