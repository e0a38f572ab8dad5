import { expect, test } from "@playwright/test";
import { ACCOUNTS, signInAsStaff } from "./helpers";

// An admin changes the scorecard weights from next month and recomputes last month with a
// reason; a visitor downloads the open data and sees the recomputation listed.

test("a supervisor gets 404 on the scorecard rules page, a guest is sent to sign in", async ({ page }) => {
  await page.goto("/admin/scorecards");
  await expect(page).toHaveURL(/\/signin/);
  await signInAsStaff(page, ACCOUNTS.supervisor);
  expect((await page.goto("/admin/scorecards"))?.status()).toBe(404);
});

test("an admin sets weights from next month and recomputes last month with a reason", async ({ page }) => {
  await signInAsStaff(page, ACCOUNTS.admin);
  await page.goto("/admin");
  await page.getByRole("link", { name: /Scorecard rules|评分规则/ }).click();
  await expect(page).toHaveURL(/\/admin\/scorecards$/);

  // Weights that do not add up are refused, and what was typed stays.
  const response = page.getByLabel(/Weight of the response rate|响应率权重/);
  await response.fill("55");
  await page.getByRole("button", { name: /Save the rule|保存规则/ }).click();
  await expect(page.getByText(/must add up to 100%|之和必须为 100%/)).toBeVisible();
  await expect(response).toHaveValue("55");

  await response.fill("30");
  await page.getByLabel(/Weight of the satisfaction rate|满意率权重/).fill("35");
  await page.getByLabel(/Weight of the resolution rate|解决率权重/).fill("35");
  await page.getByRole("button", { name: /Save the rule|保存规则/ }).click();
  await expect(page).toHaveURL(/done=saved/);
  await expect(page.getByRole("table", { name: /Scorecard rules|评分规则/ })).toContainText("30% / 35% / 35%");

  await page.getByLabel(/Reason, published|原因/).fill("Checked after the council's review");
  await page.getByRole("button", { name: /^(Recompute|重算)$/ }).click();
  await expect(page).toHaveURL(/done=recomputed/);
  await expect(page.getByRole("status")).toBeVisible();
});

test("a visitor downloads the cases as CSV for Excel, with no personal data", async ({ page }) => {
  await page.goto("/open-data");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("table", { name: /case download|工单下载/ })).toContainText("rated");
  const csv = await page.request.get("/api/open-data/cases.csv?by=replied");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.toString("utf8");
  expect(text).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
  expect(text.split("\r\n").length).toBeGreaterThan(10);
  const json = await page.request.get("/api/open-data/scorecards.json?kind=month");
  expect(json.status()).toBe(200);
  expect(Array.isArray(await json.json())).toBe(true);
});
