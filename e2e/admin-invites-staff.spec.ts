import { expect, test } from "@playwright/test";
import { auditEntries } from "./factories";
import { ACCOUNTS, signInThroughForm, staffPage } from "./helpers";

test.use({ locale: "en-GB" });

test("an administrator invites unit staff, who sets a password and signs in, and is signed out once deactivated", async ({
  browser,
}) => {
  const email = `new.urban.${Date.now()}@example.org`;
  const password = "river-bank-lantern-42";

  // The administrator invites a new member of the urban management commission.
  const admin = await staffPage(browser, ACCOUNTS.admin);
  await admin.goto("/admin/users");
  const invite = admin.getByRole("region", { name: "Invite a staff member" });
  await invite.getByLabel("Email", { exact: true }).fill(email);
  await invite.getByLabel("Name", { exact: true }).fill("Wang Fang");
  await invite.getByLabel("Role", { exact: true }).selectOption({ label: "Unit staff" });
  await invite
    .getByLabel("Unit", { exact: true })
    .selectOption({ label: "Jiangbin Municipal Urban Management Commission" });
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin).toHaveURL(/\/admin\/users\/[^/?]+\?done=invited/);
  await expect(admin.getByRole("status")).toHaveText("The invitation has been sent.");
  const userPage = admin.url();

  // The new member opens the link from the mailbox and sets a password.
  const context = await browser.newContext({ locale: "en-GB" });
  const staff = await context.newPage();
  await staff.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await staff
    .getByRole("link", { name: /\/invite\// })
    .first()
    .click();
  await expect(staff.getByRole("heading", { level: 1, name: "Set your password" })).toBeVisible();
  await staff.getByLabel("New password", { exact: true }).fill("too-short");
  await staff.getByLabel("Repeat the new password").fill("too-short");
  await staff.getByRole("button", { name: "Set password" }).click();
  await expect(staff.getByLabel("New password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(staff.getByLabel("New password", { exact: true })).toHaveAccessibleDescription(
    /must be at least 10 characters long/,
  );
  await staff.getByLabel("New password", { exact: true }).fill(password);
  await staff.getByLabel("Repeat the new password").fill(password);
  await staff.getByRole("button", { name: "Set password" }).click();
  await expect(staff).toHaveURL(/\/signin\?password=set/);

  // The same link cannot be used twice.
  await staff.goBack();
  await staff.reload();
  await expect(staff.getByText("This link has already been used.")).toBeVisible();

  await signInThroughForm(staff, email, password);
  await expect(staff).toHaveURL(/\/unit$/);

  // The administrator deactivates the account; the next page load is signed out.
  await admin.goto(userPage);
  await admin.getByRole("button", { name: "Deactivate" }).click();
  await expect(admin.getByRole("status")).toHaveText("The account has been deactivated.");
  await expect(admin.getByTestId("user-status")).toHaveText("Deactivated");
  // The audit log records who did it, which the page does not show.
  const [audit] = await auditEntries("user.deactivate", 1);
  expect(audit).toMatchObject({ actorEmail: ACCOUNTS.admin, before: { active: true }, after: { active: false } });
  await staff.goto("/unit");
  await expect(staff).toHaveURL(/\/signin/);
  await context.close();
});
