import { expect, test } from "@playwright/test";
import sharp from "sharp";

test.use({ locale: "en-GB" });

async function smallPng(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .png()
    .toBuffer();
}

test("a guest files a complaint with a photo, gets the code by email and tracks the case", async ({ page }) => {
  const email = `guest.${Date.now()}@example.cn`;
  const photo = { name: "street-light.png", mimeType: "image/png", buffer: await smallPng() };

  await page.goto("/file");
  await expect(page.getByRole("heading", { level: 1, name: "File a case" })).toBeVisible();
  await page.getByLabel("Type of case").selectOption({ label: "Complaint" });
  await page.getByLabel("Category").selectOption({ label: "Broken street light" });
  await page.getByLabel("District").selectOption({ label: "Dongcheng District" });
  await page.getByLabel("Short title").fill("Street light out at the east gate");
  await page
    .getByLabel("What happened?")
    .fill("The lamp by the east gate of Lakeside Park has been dark for three nights.");
  await page.getByLabel("Photos (optional)").setInputFiles(photo);
  await page.getByLabel("Your name").fill("Li Na");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Continue" }).click();

  // Step 2: similar cases, values kept, photos to be chosen again.
  await expect(page.getByRole("heading", { name: "Similar open cases" })).toBeVisible();
  await expect(page.getByLabel("Short title")).toHaveValue("Street light out at the east gate");
  await expect(page.getByLabel("Category")).toHaveValue(/\d+/);
  await expect(page.getByText("please select your photos again")).toBeVisible();
  await page.getByLabel("Photos (optional)").setInputFiles(photo);
  await page.getByRole("button", { name: /^File my case/ }).click();

  await expect(page).toHaveURL(/\/file\/done\?ref=/);
  await expect(page.getByRole("heading", { level: 1, name: "Your case has been filed" })).toBeVisible();
  const reference = (await page.getByTestId("case-reference").textContent())?.trim() ?? "";
  const code = (await page.getByTestId("tracking-code").textContent())?.trim() ?? "";
  expect(reference).toMatch(/^\d{4}-\d{6,}-[2-9A-Z]$/);
  expect(code).toMatch(/^[2-9A-Z]{8}$/);
  expect(page.url()).not.toContain(code);

  // The receipt is in the development mailbox, in both languages.
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  const receipt = page.getByRole("listitem").filter({ hasText: reference }).first();
  await expect(receipt).toContainText(code);
  await expect(receipt).toContainText(`/track/${reference}`);

  // Tracking in a fresh session: reference and code, nothing else.
  await page.context().clearCookies();
  await page.goto("/track");
  await page.getByLabel("Reference").fill(reference.toLowerCase());
  await page.getByLabel("Tracking code").fill("WRONG234");
  await page.getByRole("button", { name: "Track" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "We found no case with that reference and tracking code" }),
  ).toBeVisible();
  await expect(page.getByLabel("Reference")).toHaveValue(reference.toLowerCase());

  await page.getByLabel("Tracking code").fill(code);
  await page.getByRole("button", { name: "Track" }).click();
  await expect(page).toHaveURL(new RegExp(`/track/${reference}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Street light out at the east gate" })).toBeVisible();
  await expect(page.getByText("Awaiting sign-for").first()).toBeVisible();
  await expect(page.getByText("Working days (weekends and public holidays do not count)")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Public timeline" })).toBeVisible();
  await expect(page.getByText("Dispatched automatically")).toBeVisible();
  const img = page.getByRole("img", { name: "Photo 1 filed with the case" });
  await expect(img).toBeVisible();
  expect(await img.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(40);

  // Without the code, neither the page nor the photo is served.
  const src = await img.getAttribute("src");
  await page.context().clearCookies();
  expect((await page.request.get(src ?? "/api/attachments/0")).status()).toBe(404);
  await page.goto(`/track/${reference}`);
  await expect(page).toHaveURL(/\/track\?ref=/);
});

test("bad input shows every error next to its field and keeps what was typed", async ({ page }) => {
  const description = "Rubbish has not been collected on Willow Lane for a week.";
  await page.goto("/file");
  await page.getByLabel("What happened?").fill(description);
  await page.getByLabel("Email address").fill("not-an-email");
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "Please correct the fields marked below." })).toBeVisible();
  await expect(page.getByLabel("Short title")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-title-error")).toHaveText("This field is required.");
  await expect(page.locator("#field-email-error")).toHaveText("Enter a valid email address.");
  await expect(page.locator("#field-name-error")).toHaveText("This field is required.");
  await expect(page.locator("#field-categoryId-error")).toHaveText("This field is required.");
  await expect(page.getByLabel("What happened?")).toHaveValue(description);
  await expect(page.getByLabel("Email address")).toHaveValue("not-an-email");

  // No phone and no email, not anonymous: the contact rule speaks.
  await page.getByLabel("Email address").fill("");
  await page.getByLabel("Short title").fill("Rubbish not collected");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator("#field-contact-error")).toHaveText(
    "Give a phone number or an email address, or file anonymously.",
  );
  await expect(page.getByLabel("What happened?")).toHaveValue(description);
  await expect(page.getByLabel("Short title")).toHaveValue("Rubbish not collected");

  // Filing anonymously lifts the rule.
  await page.getByLabel("Category").selectOption({ label: "Rubbish not collected" });
  await page.getByLabel("District").selectOption({ label: "Jiangnan District" });
  await page.getByLabel("File anonymously").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Similar open cases" })).toBeVisible();
  await expect(page.getByLabel("File anonymously")).toBeChecked();
  await expect(page.locator("#field-contact-error")).toHaveCount(0);
});

test("answers from the knowledge base appear while a citizen types, before anything is filed", async ({ page }) => {
  await page.goto("/file");
  await page.getByLabel("Short title").pressSequentially("water bill");
  const answers = page.getByRole("region", { name: "Answers that may help" });
  await expect(answers).toBeVisible();
  await expect(answers.getByText("When are water bills issued and where can I pay?")).toBeVisible();
  // Typing something no entry answers clears them again.
  await page.getByLabel("Short title").fill("");
  await page.getByLabel("Short title").pressSequentially("zzqx");
  await expect(answers).toHaveCount(0);
});
