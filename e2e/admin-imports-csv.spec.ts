import { expect, test } from "@playwright/test";
import { ACCOUNTS, staffPage } from "./helpers";

test("an admin checks a units CSV, sees the bad line, fixes it and imports", async ({ browser }) => {
  // Codes of their own, so a re-run against the same server imports fresh units.
  const stamp = Date.now().toString(36);
  const name = `E2E Imported Bureau ${stamp}`;
  const good = `e2e-imp-${stamp},导入测试局 ${stamp},${name},city_bureau,city,`;
  const bad = `e2e-imp-child-${stamp},导入测试所 ${stamp},E2E Imported Office ${stamp},ministry,e2e-imp-${stamp},`;
  const fixed = bad.replace(",ministry,", ",street_office,");
  const header = "code,name_zh,name_en,class,parent_code,district_code";

  const admin = await staffPage(browser, ACCOUNTS.admin);
  await admin.goto("/admin/import");
  await expect(admin.getByRole("heading", { level: 1, name: "Import from CSV" })).toBeVisible();
  await admin.getByLabel("What the file contains").selectOption({ label: "Units" });
  await admin.getByLabel("CSV text").fill([header, good, bad].join("\n"));
  await admin.getByRole("button", { name: "Check (dry run)" }).click();

  const problems = admin.getByRole("table", { name: "Problems by line" });
  await expect(problems).toBeVisible();
  await expect(problems.getByRole("row", { name: /Line 3/ })).toContainText("Unknown unit class");
  await expect(problems.getByRole("row", { name: /Line 3/ })).toContainText("class");
  // The typed text is kept, to be corrected in place.
  await expect(admin.getByLabel("CSV text")).toHaveValue([header, good, bad].join("\n"));
  await admin.screenshot({ path: `test-results/admin-import-dry-run.png`, fullPage: true });

  await admin.getByLabel("CSV text").fill([header, good, fixed].join("\n"));
  await admin.getByRole("button", { name: "Check (dry run)" }).click();
  await expect(admin.getByRole("heading", { name: /No problems: importing would create 2, update 0/ })).toBeVisible();

  await admin.getByRole("button", { name: "Import" }).click();
  await expect(admin.getByRole("heading", { name: "Imported 2 rows: 2 created, 0 updated, 0 unchanged." })).toBeVisible();
  await expect(admin.getByRole("progressbar")).toHaveAttribute("value", "2");

  // Importing the same file again changes nothing.
  await admin.getByRole("button", { name: "Import" }).click();
  await expect(admin.getByRole("heading", { name: "Imported 2 rows: 0 created, 0 updated, 2 unchanged." })).toBeVisible();

  await admin.goto("/admin/units");
  await expect(admin.getByRole("link", { name })).toBeVisible();
});
