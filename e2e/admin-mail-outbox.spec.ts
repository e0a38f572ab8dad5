import { expect, test } from "@playwright/test";
import { ACCOUNTS, staffPage } from "./helpers";

// A notice that cannot be delivered becomes a dead letter an admin sees at /admin/mail and puts
// back with "retry". The development transport bounces every address on the reserved `.invalid`
// domain (RFC 2606) permanently, so a sign-in link asked for such an address is a dead letter
// after the next delivery run (the job notices.deliver, every few seconds) — no other test uses one.

test("a dead letter appears on /admin/mail and the admin puts it back to send", async ({ browser, page }) => {
  test.setTimeout(180_000);
  const address = `bounce.${Date.now()}@example.invalid`;

  await page.goto("/signin");
  const form = page.locator("form", { has: page.locator("#citizen-email") });
  await form.getByLabel(/Email|邮箱/).fill(address);
  await form.getByRole("button").click();
  await expect(page).toHaveURL(/\/signin\/check-email/);

  const admin = await staffPage(browser, ACCOUNTS.admin);
  await admin.goto("/admin");
  await admin.getByRole("link", { name: "Outgoing notices" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Outgoing notices" })).toBeVisible();

  const row = admin.getByRole("row").filter({ hasText: address });
  await expect(async () => {
    await admin.reload();
    await expect(row.getByTestId("notice-state")).toHaveText("Dead letter", { timeout: 1_000 });
  }).toPass({ timeout: 150_000, intervals: [2_000] });
  // The reason is shown; the message text (a sign-in link) never is.
  await expect(row).toContainText("550");
  await expect(admin.locator("main")).not.toContainText("/api/auth/callback/email");

  await row.getByRole("button", { name: "Retry" }).click();
  await expect(admin).toHaveURL(/\/admin\/mail\?done=retried/);
  await expect(admin.getByRole("status")).toContainText("waiting to be sent again");
  await expect(admin.getByRole("row").filter({ hasText: address }).getByTestId("notice-state")).toHaveText("Waiting");

  await admin.goto("/admin/audit");
  await expect(admin.getByText("Dead letter put back to send").first()).toBeVisible();
});
