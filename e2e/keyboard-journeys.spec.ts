import { type Page, expect, test } from "@playwright/test";
import sharp from "sharp";
import { openCampaign, caseAwaitingReply, repliedCase } from "./factories";
import { signInAs } from "./helpers";
import {
  activate,
  chooseOption,
  chooseRadio,
  expectFocusVisible,
  focusShot,
  tabTo,
  tabToRadio,
  tick,
  typeInto,
} from "./keyboard";

// WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7, 2.4.11: five journeys done with the keyboard only. Nothing is
// clicked or filled: Tab, Shift+Tab, Enter, Space, the arrow keys and typing. Every stop checks
// the focus ring (e2e/keyboard.ts), and every failed submission leaves the focus on the error summary.

test.use({ locale: "en-GB" });
test.setTimeout(120_000);

/** After a failed submission the focus is on the form's error summary, with its ring. */
async function expectSummaryFocused(page: Page, name: string) {
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await expect(summary).toBeVisible();
  await expectFocusVisible(summary);
  await focusShot(page, `${name}-error-summary`);
  return summary;
}

async function smallPng(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .png()
    .toBuffer();
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The filing journey; `shots` names its screenshots (one run per screen width). */
async function fileACase(page: Page, shots: string) {
  await page.goto("/file");
  // The first stop is the skip link, shown while focused; Enter moves into the page's content.
  const skip = page.getByRole("link", { name: "Skip to content" });
  await tabTo(page, skip, { max: 1 });
  await focusShot(page, `${shots}-skip-link`);
  await page.keyboard.press("Enter");

  // Continue with nothing chosen: the summary takes the focus, and its link leads to the field.
  await activate(page, page.getByRole("button", { name: "Continue" }), { max: 60 });
  const summary = await expectSummaryFocused(page, shots);
  await activate(page, summary.getByRole("link", { name: /^Category:/ }), { max: 5 });
  const category = page.getByLabel("Category");
  await expectFocusVisible(category);

  await chooseOption(page, page.getByLabel("Type of case"), "Complaint", { back: true, max: 5 });
  await chooseOption(page, category, "Broken street light");
  await chooseOption(page, page.getByLabel("District"), "Dongcheng District");
  await typeInto(page, page.getByLabel("Short title"), "Street light out at the north gate");
  await typeInto(page, page.getByLabel("What happened?"), "The lamp by the north gate has been dark since Monday.");
  await focusShot(page, `${shots}-textarea`);
  await typeInto(page, page.getByLabel("Your name"), "Li Na");
  const email = `keyboard.${Date.now()}@example.cn`;
  await typeInto(page, page.getByLabel("Email address"), email);
  await activate(page, page.getByRole("button", { name: "Continue" }));

  // The check step: what was typed is kept, and the focus starts at the step, not lost.
  const step = page.getByText("Step 2 of 2: check for similar cases and file");
  await expect(step).toBeVisible();
  await expectFocusVisible(step);
  await focusShot(page, `${shots}-check-step`);
  await expect(page.getByLabel("Short title")).toHaveValue("Street light out at the north gate");
  // The photo input opens the file chooser from the keyboard (the chooser itself is the system's).
  const chooser = page.waitForEvent("filechooser");
  await tabTo(page, page.getByLabel("Photos (optional)"), { max: 80 });
  await page.keyboard.press("Space");
  await (await chooser).setFiles({ name: "lamp.png", mimeType: "image/png", buffer: await smallPng() });
  const fileButton = page.getByRole("button", { name: /^File my case/ });
  await tabTo(page, fileButton, { max: 120 });
  await focusShot(page, `${shots}-check-step-button`);
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/file\/done\?ref=/);
  await expect(page.getByRole("heading", { level: 1, name: "Your case has been filed" })).toBeVisible();
  await expect(page.getByTestId("case-reference")).toHaveText(/^\d{4}-\d{6,}-[2-9A-Z]$/);
}

test("a guest files a case with the keyboard only, through the check step", async ({ page }) => {
  await fileACase(page, "file");
});

test.describe("on a 375 px phone screen", () => {
  test.use({ viewport: { width: 375, height: 667 } });
  test("a guest files a case with the keyboard only, the focus never off the screen", async ({ page }) => {
    await fileACase(page, "phone-file");
  });
});

test("a guest tracks a replied case and rates it with the keyboard only", async ({ page }) => {
  const made = await repliedCase("urban-mgmt", { title: `Keyboard tracking ${Date.now().toString(36)}` });
  await page.goto("/track");
  await typeInto(page, page.getByLabel("Reference"), made.reference, { max: 60 });
  await typeInto(page, page.getByLabel("Tracking code"), "WRONG234");
  await activate(page, page.getByRole("button", { name: "Track" }));
  await expectSummaryFocused(page, "track");
  await expect(page.getByLabel("Reference")).toHaveValue(made.reference);

  await typeInto(page, page.getByLabel("Tracking code"), made.trackingCode);
  await activate(page, page.getByRole("button", { name: "Track" }));
  await expect(page).toHaveURL(new RegExp(`/track/${made.reference}$`));

  // The rating form: sent empty first, then answered with Space and the arrow keys.
  const feedback = page.getByRole("region", { name: "Rate the answer" });
  await activate(page, feedback.getByRole("button", { name: "Send my rating" }), { max: 120 });
  await expectSummaryFocused(page, "rating");

  const contacted = feedback.getByRole("group", { name: /contact you/i });
  await tabToRadio(page, contacted, contacted.getByLabel("Yes"));
  await focusShot(page, "rating-radio");
  const solved = feedback.getByRole("group", { name: /solved/i });
  await tabToRadio(page, solved, solved.getByLabel("Yes"), { max: 1 });
  const satisfaction = feedback.getByRole("group", { name: "How satisfied are you?" });
  await tabToRadio(page, satisfaction, satisfaction.getByLabel("Satisfied", { exact: true }), { max: 1 });
  await typeInto(page, feedback.getByLabel("Comment (optional)"), "Fixed within the week, thank you.", { max: 1 });
  const decision = feedback.getByRole("group", { name: "What should happen now?" });
  await tabToRadio(page, decision, decision.getByRole("radio", { name: /^Accept/ }), { max: 1 });
  await activate(page, feedback.getByRole("button", { name: "Send my rating" }), { max: 1 });
  await expect(page.getByText("Closed").first()).toBeVisible();
});

test("a guest signs a petition and confirms it with the keyboard only", async ({ page }) => {
  await page.goto("/petitions");
  const petition = page.getByRole("link", { name: /Open the Jiangnan District library/ }).first();
  await activate(page, petition, { max: 80 });
  await expect(page.getByRole("heading", { level: 1, name: /Open the Jiangnan District library/ })).toBeVisible();

  const form = page.getByRole("region", { name: "Your signature" });
  await activate(page, form.getByRole("button", { name: "Sign" }), { max: 120 });
  await expectSummaryFocused(page, "petition");

  const email = `keyboard.signer.${Date.now()}@example.org`;
  await typeInto(page, form.getByLabel("Name", { exact: true }), "Keyboard Signer");
  await typeInto(page, form.getByLabel("Email", { exact: true }), email);
  await chooseOption(page, form.getByLabel("District where you live"), "Binhai District");
  await tick(page, form.getByLabel(/I live in the city/));
  await focusShot(page, "petition-checkbox");
  await activate(page, form.getByRole("button", { name: "Sign" }));
  await expect(page.getByRole("status").filter({ hasText: "Check your email" })).toBeVisible();

  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await activate(page, page.getByRole("link", { name: /\/confirm\// }).first(), { max: 60 });
  await expect(page.getByRole("heading", { name: "Confirm your signature" })).toBeVisible();
  await activate(page, page.getByRole("button", { name: "Confirm my signature" }), { max: 60 });
  await expect(page.getByRole("status").filter({ hasText: "confirmed" })).toBeVisible();
});

test("the demo citizen votes in an appraisal with the keyboard only", async ({ page }) => {
  const now = Date.now();
  const name = `Keyboard appraisal ${now.toString(36)}`;
  // The demo citizen's seeded cases were replied by these units within the last year.
  await openCampaign({
    name,
    units: ["civil-affairs", "transport", "water-group", "education", "hrss", "market", "ecology"],
    periodFrom: isoDate(new Date(now - 400 * 86_400_000)),
    periodTo: isoDate(new Date(now + 86_400_000)),
  });
  await signInAs(page, "citizen");
  await page.goto("/appraisals");
  await activate(page, page.getByRole("link", { name: `Rate the departments in ${name}` }), { max: 80 });
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  // A comment without a light is refused; the summary's link leads back to the unit's lights.
  const ballot = page.locator("fieldset").first();
  await typeInto(page, ballot.getByLabel("Comment (optional)"), "Polite on the phone.", { max: 60 });
  await activate(page, page.getByRole("button", { name: "Send my ratings" }), { max: 60 });
  const summary = await expectSummaryFocused(page, "ballot");
  await activate(page, summary.getByRole("link").first(), { max: 5 });
  const green = ballot.getByLabel("Green (satisfied)");
  await expectFocusVisible(green);
  // The question (the unit's name) is scrolled into view with its first light, not above the screen.
  await expect(ballot.locator("legend")).toBeInViewport();
  await chooseRadio(page, green);
  await focusShot(page, "ballot-radio");
  await activate(page, page.getByRole("button", { name: "Send my ratings" }), { max: 80 });
  await expect(page.getByRole("status")).toContainText("your ratings were recorded");
});

test("a unit's head replies on the staff case page with the keyboard only", async ({ page }) => {
  const made = await caseAwaitingReply("urban-mgmt", { title: `Keyboard reply ${Date.now().toString(36)}` });
  await signInAs(page, "urbanHead");
  await page.goto(`/cases/${made.reference}`);
  const reply = page.getByRole("region", { name: "Formal reply" });
  await activate(page, reply.getByRole("button", { name: "Send reply" }), { max: 150 });
  await expectSummaryFocused(page, "reply");

  await tabToRadio(page, reply.getByRole("group", { name: "Outcome" }), reply.getByRole("radio", { name: "Resolved" }));
  await typeInto(page, reply.getByLabel("Reply", { exact: true }), "The lamp was replaced on Tuesday.", { max: 1 });
  await focusShot(page, "reply-textarea");
  await activate(page, reply.getByRole("button", { name: "Send reply" }));
  await expect(page.getByRole("status")).toHaveText("Reply sent.");
});
