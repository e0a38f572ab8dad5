import { expect, test } from "@playwright/test";
import { ACCOUNTS, signInAsCitizen, staffPage } from "./helpers";

const URBAN = "Jiangbin Municipal Urban Management Commission";
const WATER = "Jiangbin Water Group Co., Ltd.";

test.use({ locale: "en-GB" });

// docs/rules.md#privacy: a report against an official is never shown to the unit it accuses.
test("a citizen's report accusing a unit never reaches that unit; the operator sees who filed it", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const phone = "13987654321";

  // The citizen files a report naming urban management. Street lights would go there by catalogue.
  await signInAsCitizen(page, ACCOUNTS.citizen);
  await page.goto("/file");
  await page.getByLabel("Type of case").selectOption({ label: "Report" });
  await expect(page.getByText("The unit you name will never see this report or who filed it")).toBeVisible();
  await page.getByLabel("Which unit does this report accuse?").selectOption({ label: URBAN });
  await page.getByLabel("Category").selectOption({ label: "Broken street light" });
  await page.getByLabel("District").selectOption({ label: "Dongcheng District" });
  await page.getByLabel("Short title").fill("Street-light repair money taken by an inspector");
  await page
    .getByLabel("What happened?")
    .fill("An inspector asks shop owners for cash before street lights on Lakeside Road are repaired.");
  await page.getByLabel("Phone number").fill(phone);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: /^File my case/ }).click();
  await expect(page).toHaveURL(/\/file\/done\?ref=/);
  const reference = (await page.getByTestId("case-reference").textContent())?.trim() ?? "";
  expect(reference).toMatch(/^\d{4}-\d{6,}-[2-9A-Z]$/);

  // The accused unit: 404 on the case, nothing on its desk.
  const urban = await staffPage(browser, ACCOUNTS.urbanStaff);
  expect((await urban.goto(`/cases/${reference}`))?.status()).toBe(404);
  await urban.goto("/unit");
  await expect(urban.getByRole("link", { name: reference })).toHaveCount(0);

  // The operator sees the filer's contact; the dispatch form does not offer the accused unit.
  const operator = await staffPage(browser, ACCOUNTS.operator);
  await operator.goto(`/cases/${reference}`);
  await expect(operator.getByText("Awaiting dispatch").first()).toBeVisible();
  await expect(operator.getByRole("heading", { name: /^Contact/ })).toBeVisible();
  await expect(operator.getByText(phone)).toBeVisible();
  const dispatch = operator.getByRole("region", { name: "Dispatch" });
  await expect(dispatch.getByLabel("Lead unit").locator("option", { hasText: URBAN })).toHaveCount(0);
  await dispatch.getByLabel("Lead unit").selectOption({ label: WATER });
  await dispatch.getByRole("button", { name: "Dispatch" }).click();
  await expect(operator.getByRole("status")).toHaveText("Dispatched.");

  // The unit that handles it reads it without who filed it.
  const water = await staffPage(browser, ACCOUNTS.waterStaff);
  await water.goto("/unit");
  await water.getByRole("link", { name: reference }).click();
  await expect(water.getByText("Personal data has been removed.")).toBeVisible();
  await expect(water.getByText(phone)).toHaveCount(0);
  await expect(water.getByRole("region", { name: "Sign for" })).toBeVisible();

  // Still nothing for the accused unit, head included.
  expect((await urban.goto(`/cases/${reference}`))?.status()).toBe(404);
  const urbanHead = await staffPage(browser, ACCOUNTS.urbanHead);
  expect((await urbanHead.goto(`/cases/${reference}`))?.status()).toBe(404);
  await urbanHead.goto("/unit");
  await expect(urbanHead.getByRole("link", { name: reference })).toHaveCount(0);
});
