import { expect, test } from "@playwright/test";
import { ACCOUNTS, signInThroughForm } from "./helpers";

test.use({ locale: "en-GB" });

test("a staff member who mistypes the password is told so and keeps the email typed", async ({ page }) => {
  await page.goto("/signin");
  const form = page.locator("form", { has: page.locator("#staff-password") });
  await form.getByLabel("Email address").fill(ACCOUNTS.operator);
  await form.getByLabel("Password").fill("wrong-password");
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(form.getByText("The email address or password is wrong")).toBeVisible();
  await expect(form.getByLabel("Email address")).toHaveValue(ACCOUNTS.operator);
});

test("empty and malformed fields get translated errors next to them", async ({ page }) => {
  await page.goto("/signin");
  const form = page.locator("form", { has: page.locator("#staff-password") });
  await form.getByLabel("Email address").fill("not-an-email");
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(form.getByText("Enter a valid email address.", { exact: true })).toBeVisible();
  await expect(form.getByText("This field is required.", { exact: true })).toBeVisible();
  await expect(form.getByLabel("Email address")).toHaveValue("not-an-email");
  await expect(form.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
});

test("an operator lands on the dispatch desk and can sign out", async ({ page }) => {
  await signInThroughForm(page, ACCOUNTS.operator);
  await expect(page).toHaveURL(/\/desk$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dispatch desk" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  expect((await page.goto("/desk"))?.url()).toContain("/signin");
});
