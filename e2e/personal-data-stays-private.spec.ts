import { type Page, expect, test } from "@playwright/test";
import { ACCOUNTS, staffPage } from "./helpers";

// A citizen types their own name, phone, email and street address into the title and description
// of a public case. Every public reading of it (the case page, the nearby-duplicate suggestions, the
// open data, the Open311 server) and a supervisor's search show the case with those removed.

const CANARIES = ["Canaryname", "13912345678", "canary.person@example.org", "Canarystreet"];
const POINT = { latitude: "31.2304", longitude: "121.4737" };

async function fillCase(page: Page, title: string, description: string) {
  await page.goto("/file");
  await page.getByLabel("Type of case").selectOption({ label: "Complaint" });
  await page.getByLabel("Category").selectOption({ label: "Broken street light" });
  await page.getByLabel("District").selectOption({ label: "Dongcheng District" });
  await page.getByLabel("Latitude").fill(POINT.latitude);
  await page.getByLabel("Longitude").fill(POINT.longitude);
  await page.getByLabel("Short title").fill(title);
  await page.getByLabel("What happened?").fill(description);
}

function expectNoCanary(text: string, where: string) {
  for (const canary of CANARIES) expect(text, `${canary} on ${where}`).not.toContain(canary);
}

test("a citizen's own contact details typed into a public case appear nowhere they do not belong", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await fillCase(
    page,
    "Lamp out by Qiao Canaryname's shop",
    "Dark for a week. Call Qiao Canaryname on 13912345678 or canary.person@example.org, 88 Canarystreet Road.",
  );
  await page.getByLabel("Street or community (optional)").fill("Lakeside");
  await page.getByLabel("Exact address (optional, kept private)").fill("88 Canarystreet Road");
  await page.getByLabel("Your name").fill("Qiao Canaryname");
  await page.getByLabel("Phone number").fill("13912345678");
  await page.getByLabel("Email address").fill("canary.person@example.org");
  await page.getByLabel("The case may be published").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: /^File my case/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your case has been filed" })).toBeVisible();
  const reference = (await page.getByTestId("case-reference").textContent())?.trim() ?? "";

  // The public case page: the text is there, the person is not.
  await page.goto(`/transparency/cases/${reference}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Lamp out by");
  expectNoCanary(await page.locator("main").innerText(), "the public case page");

  // A second citizen at the same spot is offered the case as a nearby duplicate.
  await fillCase(page, "Street lamp broken", "The lamp near the lake is out.");
  await page.getByLabel("Your name").fill("Wang Fang");
  await page.getByLabel("Email address").fill("wang.fang@example.org");
  await page.getByRole("button", { name: "Continue" }).click();
  const similar = page.getByRole("region", { name: "Similar open cases" });
  await expect(similar.getByText(reference).first()).toBeVisible();
  expectNoCanary(await similar.innerText(), "the similar cases");

  const month = new Date().toISOString().slice(0, 7);
  const openData = await page.request.get(`/api/open-data/cases.json?from=${month}&to=${month}`);
  const openDataText = await openData.text();
  expect(openDataText).toContain(reference);
  expectNoCanary(openDataText, "the open data");

  const open311 = await page.request.get(`/open311/v2/requests/${reference}.json`);
  expect(open311.status()).toBe(200);
  expectNoCanary(await open311.text(), "Open311");

  // A supervisor's search finds it without the person (operators, who call back, see the caller).
  const supervisor = await staffPage(browser, ACCOUNTS.supervisor);
  await supervisor.goto("/desk/search");
  await supervisor.getByLabel("Reference, phone number, name, address or words").fill(reference);
  await supervisor.getByRole("button", { name: "Search" }).click();
  const found = supervisor.getByRole("row").filter({ hasText: reference });
  await expect(found).toBeVisible();
  expectNoCanary(await found.innerText(), "a supervisor's search");
  await supervisor.close();
});
