import { type Page, expect, test } from "@playwright/test";
import sharp from "sharp";
import { ACCOUNTS, staffPage } from "./helpers";

test.use({ locale: "en-GB" });

/** This month's "replied" and "rated" counts on a unit's public page (the first period column). */
async function unitMonth(page: Page, code: string) {
  await page.goto(`/transparency/units/${code}`);
  const figure = async (label: string) => {
    const cell = page
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: label, exact: true }) })
      .getByRole("cell")
      .first();
    return Number((await cell.textContent())?.replace(/[^\d]/g, "") || "0");
  };
  return { replied: await figure("Cases replied"), rated: await figure("Rated by the citizen") };
}

async function signForContactAndReply(page: Page, reference: string, text: string) {
  await page.goto(`/cases/${reference}`);
  await page.getByRole("region", { name: "Sign for" }).getByRole("button", { name: "Sign for" }).click();
  await expect(page.getByRole("status")).toHaveText("Signed for.");
  const contact = page.getByRole("region", { name: "Record first contact" });
  await contact.getByLabel("How the citizen was contacted").fill("Phoned the citizen.");
  await contact.getByRole("button", { name: "Record" }).click();
  await expect(page.getByRole("status")).toHaveText("First contact recorded.");
  const reply = page.getByRole("region", { name: "Formal reply" });
  await reply.getByRole("radio", { name: "Resolved" }).check();
  await reply.getByLabel("Reply", { exact: true }).fill(text);
  await reply.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByRole("status")).toHaveText("Reply sent.");
}

test("a complaint goes from a guest to a unit and back until the citizen is satisfied, and the unit's public figures count it", async ({
  page,
  browser,
}) => {
  // Four people and two rounds: longer than one page's worth of the default timeout.
  test.setTimeout(240_000);
  const before = await unitMonth(page, "urban-mgmt");

  // A guest files a complaint with a photo, in a category the catalogue cannot route here.
  const photo = {
    name: "charging.png",
    mimeType: "image/png",
    buffer: await sharp({ create: { width: 32, height: 24, channels: 3, background: "#c33" } })
      .png()
      .toBuffer(),
  };
  await page.goto("/file");
  await page.getByLabel("Type of case").selectOption({ label: "Complaint" });
  await page.getByLabel("Category").selectOption({ label: "Unsafe e-bike charging" });
  await page.getByLabel("District").selectOption({ label: "Dongcheng District" });
  await page.getByLabel("Short title").fill("E-bikes charging in the stairwell");
  await page
    .getByLabel("What happened?")
    .fill("Residents charge e-bikes in the stairwell of building 3 every night. It is a fire risk.");
  await page.getByLabel("Your name").fill("Zhao Lei");
  await page.getByLabel("Email address").fill(`zhao.${Date.now()}@example.cn`);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Photos (optional)").setInputFiles(photo);
  await page.getByRole("button", { name: /^File my case/ }).click();
  const reference = (await page.getByTestId("case-reference").textContent())?.trim() ?? "";
  expect(reference).toMatch(/^\d{4}-\d{6,}-[2-9A-Z]$/);

  // The operator dispatches it to urban management.
  const operator = await staffPage(browser, ACCOUNTS.operator);
  await operator.goto(`/cases/${reference}`);
  await expect(operator.getByText("The dispatch catalogue has no single answer")).toBeVisible();
  const dispatch = operator.getByRole("region", { name: "Dispatch" });
  await dispatch.getByLabel("Lead unit").selectOption({ label: "Jiangbin Municipal Urban Management Commission" });
  await dispatch.getByRole("button", { name: "Dispatch" }).click();
  await expect(operator.getByRole("status")).toHaveText("Dispatched.");

  // The unit signs for it and replies.
  const urban = await staffPage(browser, ACCOUNTS.urbanStaff);
  await signForContactAndReply(urban, reference, "We spoke to the residents and put up notices.");

  // The citizen is not satisfied and sends it back.
  await page.goto(`/track/${reference}`);
  const feedback = page.getByRole("region", { name: "Rate the answer" });
  await expect(feedback).toBeVisible();
  await feedback
    .getByRole("group", { name: /contact you/i })
    .getByLabel("Yes")
    .check();
  await feedback
    .getByRole("group", { name: /solved/i })
    .getByLabel("No")
    .check();
  await feedback.getByLabel("Dissatisfied", { exact: true }).check();
  await feedback.getByRole("radio", { name: /Send it back/ }).check();
  await feedback.getByRole("button", { name: "Send my rating" }).click();
  await expect(page.getByText("Awaiting sign-for").first()).toBeVisible();

  // The same unit handles it again; this time the citizen is satisfied.
  await signForContactAndReply(
    urban,
    reference,
    "A charging shed has been built in the yard and the stairwell is clear.",
  );
  await page.goto(`/track/${reference}`);
  await feedback
    .getByRole("group", { name: /contact you/i })
    .getByLabel("Yes")
    .check();
  await feedback
    .getByRole("group", { name: /solved/i })
    .getByLabel("Yes")
    .check();
  await feedback.getByLabel("Satisfied", { exact: true }).check();
  await feedback.getByRole("radio", { name: /Accept/ }).check();
  await feedback.getByRole("button", { name: "Send my rating" }).click();
  await expect(page.getByText("Closed").first()).toBeVisible();

  // The unit's public page counts the reply and the rating.
  // The portal reads rollups that a job refreshes every 15 s (docs/rules.md#freshness: within 60 s).
  await expect(async () => {
    const after = await unitMonth(page, "urban-mgmt");
    expect(after).toEqual({ replied: before.replied + 1, rated: before.rated + 1 });
  }).toPass({ timeout: 75_000, intervals: [3_000] });
});

test("the operator answers an inquiry directly while the caller is on the phone", async ({ browser }) => {
  const operator = await staffPage(browser, ACCOUNTS.operator);
  await operator.goto("/file");
  await operator.getByLabel("Type of case").selectOption({ label: "Inquiry" });
  await operator.getByLabel("Category").selectOption({ label: "Utility bill inquiry" });
  await operator.getByLabel("District").selectOption({ label: "Binhai District" });
  await operator.getByLabel("Short title").fill("When are water bills issued?");
  await operator.getByLabel("What happened?").fill("The caller asks which day of the month water bills are issued.");
  await operator.getByLabel("Your name").fill("Caller Wang");
  await operator.getByLabel("Phone number").fill("13912345678");
  await operator.getByRole("button", { name: "Continue" }).click();
  await operator.getByRole("button", { name: /^File my case/ }).click();
  const reference = (await operator.getByTestId("case-reference").textContent())?.trim() ?? "";

  await operator.goto("/desk");
  await operator.getByRole("link", { name: reference }).click();
  // The knowledge base already has the water company's answer.
  await expect(operator.getByText("Water bills are issued on the 5th of each month").first()).toBeVisible();
  const answer = operator.getByRole("region", { name: "Answer directly (inquiries)" });
  await answer.getByRole("button", { name: "Answer and close" }).click();
  await expect(answer.getByText("This field is required.", { exact: true })).toBeVisible();
  await answer
    .getByLabel("Answer")
    .fill("Water bills are issued on the 5th of each month and can be paid until the 25th.");
  await answer.getByRole("button", { name: "Answer and close" }).click();
  await expect(operator.getByRole("status")).toHaveText("Answered and closed.");
  await expect(operator.getByText("Closed").first()).toBeVisible();
  await expect(operator.getByText("Water bills are issued on the 5th").first()).toBeVisible();
});
