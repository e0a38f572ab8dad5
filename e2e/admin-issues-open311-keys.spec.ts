import { expect, test } from "@playwright/test";
import { auditEntries } from "./factories";
import { ACCOUNTS, staffPage } from "./helpers";

// An admin gives a client system (a FixMyStreet installation) its Open311 API key at /admin/open311:
// the key is shown once, the client files a case with it as FixMyStreet does, and a revoked key is
// refused with the spec's 403 (docs/open311.md#api-keys).

test("an admin issues an Open311 key, a client files a case with it, and the revoked key is refused", async ({
  browser,
}) => {
  const admin = await staffPage(browser, ACCOUNTS.admin);
  await admin.goto("/admin");
  await admin.getByRole("link", { name: "Open311 clients" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Open311 clients" })).toBeVisible();

  // No name: the error is beside the field and the rate typed is kept.
  const form = admin.getByRole("region", { name: "Issue a key" });
  await form.getByLabel("Requests a minute").fill("45");
  await form.getByRole("button", { name: "Issue the key" }).click();
  await expect(form.getByText("This field is required.", { exact: true })).toBeVisible();
  await expect(form.getByLabel("Requests a minute")).toHaveValue("45");

  const name = `FixMyStreet Jiangbin ${Date.now()}`;
  await form.getByLabel("Client name").fill(name);
  await form.getByRole("button", { name: "Issue the key" }).click();
  await expect(form.getByRole("status")).toContainText("Copy this key now");
  const key = (await form.getByTestId("issued-key").textContent())?.trim() ?? "";
  expect(key.length).toBeGreaterThanOrEqual(32);
  const row = admin.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("Active");
  await expect(row).toContainText("45");
  // Only the key's first characters are shown in the list, never the key.
  await expect(admin.locator("main table")).not.toContainText(key);
  const [issued] = await auditEntries("open311.client.issue", 1);
  expect(JSON.stringify(issued)).toContain(name);
  expect(JSON.stringify(issued)).not.toContain(key);

  // The client files a case as FixMyStreet's Open311.pm does, then polls its token.
  const form311 = {
    api_key: key,
    service_code: "street-light",
    lat: "31.230416",
    long: "121.473701",
    email: "open311.e2e@example.org",
    first_name: "Lin",
    last_name: "Wei",
    description: "Street light out\n\nThe lamp by the primary school has been dark for a week.",
    "attribute[district]": "dongcheng",
  };
  const filed = await admin.request.post("/open311/v2/requests.json", { form: form311 });
  expect(filed.status()).toBe(200);
  const [answer] = (await filed.json()) as { service_request_id: string; token: string }[];
  expect(answer?.service_request_id).toMatch(/^[A-Z0-9-]+$/);
  const polled = await admin.request.get(`/open311/v2/tokens/${answer?.token}.json`);
  expect(((await polled.json()) as { service_request_id: string }[])[0]?.service_request_id).toBe(
    answer?.service_request_id,
  );

  await row.getByRole("button", { name: `Revoke the key of ${name}` }).click();
  await expect(admin).toHaveURL(/\/admin\/open311\?done=revoked/);
  await expect(admin.getByRole("status").filter({ hasText: "The key was revoked." })).toBeVisible();
  await expect(admin.getByRole("row").filter({ hasText: name })).toContainText("Revoked");

  const refused = await admin.request.post("/open311/v2/requests.json", { form: form311 });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual([
    { code: 403, description: "api_key: The api_key is not valid or has been revoked." },
  ]);
  await admin.close();
});
