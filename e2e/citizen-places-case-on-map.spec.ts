import { type Page, expect, test } from "@playwright/test";

test.use({ locale: "en-GB" });

// The map opens at MAP_CENTRE's default, 30.59 N 114.30 E, the corner the four demo districts share
// (db/seed/city-data.ts DISTRICT_AREAS). Moving the pin south-east puts it in Binhai, whose
// rubbish collection the catalogue gives to the Gangkou subdistrict office. No tiles load here:
// the pin works without them.
async function pinInBinhaiByKeyboard(page: Page) {
  const map = page.getByRole("application", { name: "Map: where the problem is" });
  // Leaflet is imported after hydration: wait for its controls before pressing keys.
  await expect(map.getByRole("button", { name: "Zoom in" })).toBeVisible();
  await map.focus();
  await page.keyboard.press("ArrowDown"); // the first press puts the pin at the centre
  await expect(page.getByTestId("pin-status")).toHaveText("Pin at latitude 30.590000, longitude 114.300000.");
  for (const key of ["Shift+ArrowDown", "Shift+ArrowDown", "Shift+ArrowRight", "Shift+ArrowRight"])
    await page.keyboard.press(key);
  await expect(page.getByTestId("pin-status")).toHaveText(/^Pin at latitude 30\.5864\d\d, longitude 114\.3041\d\d\.$/);
  await expect(page.getByLabel("Latitude")).toHaveValue(/^30\.5864\d*$/);
  await expect(page.getByLabel("Longitude")).toHaveValue(/^114\.3041\d*$/);
}

async function describeCase(page: Page, title: string) {
  await page.getByLabel("Category").selectOption({ label: "Rubbish not collected" });
  await expect(page.getByLabel("District")).toHaveValue("");
  await page.getByLabel("Short title").fill(title);
  await page.getByLabel("What happened?").fill("The bins by the ferry pier have not been emptied for a week.");
  await page.getByLabel("Your name").fill("Zhao Lei");
  await page.getByLabel("Email address").fill(`map.${Date.now()}@example.cn`);
  await page.getByLabel("The case may be published").check();
}

test("a citizen places the pin by keyboard and by drag; the case goes to the area's unit, and a second filer is offered it", async ({
  page,
  browser,
}) => {
  await page.goto("/file");
  await pinInBinhaiByKeyboard(page);

  // Drag the pin a little further east: the boxes follow and the new place is announced.
  const before = Number(await page.getByLabel("Longitude").inputValue());
  const pin = page.locator(".answerable-pin");
  const box = await pin.boundingBox();
  if (!box) throw new Error("no pin on the map");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 4, box.y + box.height / 2, { steps: 2 });
  await page.mouse.move(box.x + box.width / 2 + 8, box.y + box.height / 2, { steps: 2 });
  await page.mouse.up();
  await expect.poll(async () => Number(await page.getByLabel("Longitude").inputValue())).toBeGreaterThan(before);
  await expect(page.getByTestId("pin-status")).toHaveText(/^Pin at latitude 30\.58\d+, longitude 114\.3\d+\.$/);

  await describeCase(page, "Bins overflowing by the ferry pier");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Similar open cases" })).toBeVisible();
  await page.getByRole("button", { name: /^File my case/ }).click();
  await expect(page).toHaveURL(/\/file\/done\?ref=/);
  const reference = (await page.getByTestId("case-reference").textContent())?.trim() ?? "";
  const code = (await page.getByTestId("tracking-code").textContent())?.trim() ?? "";

  // Routed by the area holding the pin: Binhai's Gangkou subdistrict office leads.
  await page.context().clearCookies();
  await page.goto("/track");
  await page.getByLabel("Reference").fill(reference);
  await page.getByLabel("Tracking code").fill(code);
  await page.getByRole("button", { name: "Track" }).click();
  await expect(page.getByText("Gangkou Subdistrict Office, Binhai").first()).toBeVisible();
  await expect(page.getByText("Dispatched automatically")).toBeVisible();

  // Another citizen pins the same spot: the open case nearby is offered, with its distance.
  const other = await browser.newPage({ locale: "en-GB" });
  await other.goto("/file");
  await pinInBinhaiByKeyboard(other);
  await describeCase(other, "Rubbish left at the pier");
  await other.getByRole("button", { name: "Continue" }).click();
  const offered = other.getByRole("listitem").filter({ hasText: reference });
  await expect(offered).toContainText(/\d+ m from your pin/);
  await expect(offered.getByRole("button", { name: `Add my voice to ${reference}` })).toBeVisible();
  await other.close();
});

test("without a pin the district is still required, and a typed point works without the map", async ({ page }) => {
  await page.goto("/file");
  await page.getByLabel("Category").selectOption({ label: "Rubbish not collected" });
  await page.getByLabel("Short title").fill("Bins");
  await page.getByLabel("What happened?").fill("Not emptied.");
  await page.getByLabel("File anonymously").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Please correct the fields marked below.")).toBeVisible();
  await expect(page.getByLabel("District")).toHaveAttribute("aria-invalid", "true");

  // Typing the coordinates moves the pin; then no district is needed.
  await page.getByLabel("Latitude").fill("30.55");
  await page.getByLabel("Longitude").fill("114.35");
  await expect(page.locator(".answerable-pin")).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Similar open cases" })).toBeVisible();
  await expect(page.getByLabel("Latitude")).toHaveValue("30.55");
});
