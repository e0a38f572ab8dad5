import { expect, test } from "@playwright/test";
import { ACCOUNTS, staffPage } from "./helpers";

test("an admin builds a unit hierarchy, is stopped from making a loop, and routes a category to the new unit", async ({
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const parentName = `E2E Parent ${stamp}`;
  const childName = `E2E Child ${stamp}`;
  // A future date of its own, so a re-run against the same server adds a fresh entry.
  const effectiveFrom = new Date(Date.UTC(2040, 0, 1) + (Date.now() % 3650) * 86_400_000).toISOString().slice(0, 10);

  const admin = await staffPage(browser, ACCOUNTS.admin);
  await admin.goto("/admin");
  await admin.getByRole("link", { name: "Units" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Units" })).toBeVisible();

  const createUnit = async (code: string, name: string, parent: string | null) => {
    const form = admin.getByRole("region", { name: "New unit" });
    await form.getByLabel("Code").fill(code);
    await form.getByLabel("Name (Chinese)").fill(`测试单位 ${stamp}`);
    await form.getByLabel("Name (English)").fill(name);
    await form.getByLabel("Class").selectOption({ label: "City bureau" });
    if (parent) await form.getByLabel("Parent unit").selectOption({ label: parent });
    await form.getByRole("button", { name: "Create unit" }).click();
    await expect(admin.getByRole("status")).toHaveText("Unit created.");
    await expect(admin.getByRole("link", { name })).toBeVisible();
  };
  await createUnit(`e2e-parent-${stamp}`, parentName, null);
  await createUnit(`e2e-child-${stamp}`, childName, parentName);

  // Putting the parent under its own child would make it its own grandparent.
  await admin.getByRole("link", { name: parentName }).click();
  const edit = admin.getByRole("region", { name: `Edit ${parentName}` });
  await edit.getByLabel("Name (English)").fill(`${parentName} renamed`);
  await edit.getByLabel("Parent unit").selectOption({ label: childName });
  await edit.getByRole("button", { name: "Save unit" }).click();
  const parentField = edit.getByLabel("Parent unit");
  await expect(parentField).toHaveAttribute("aria-invalid", "true");
  await expect(parentField).toHaveAccessibleDescription(
    "A unit cannot be placed under itself or under one of its own sub-units.",
  );
  await expect(edit.getByLabel("Name (English)")).toHaveValue(`${parentName} renamed`);
  // Not asserted: the chosen parent <select>. CaseActionForm renders selects with defaultValue,
  // which React's post-action form reset does not re-apply (text inputs keep their values).

  // Tap water quality goes to the new child unit from a later date, with the parent helping.
  await admin.goto("/admin/catalogue");
  const add = admin.getByRole("region", { name: "Add an entry" });
  await add.getByLabel("Category").selectOption({ label: "Tap water quality" });
  await add.getByLabel("Lead unit").selectOption({ label: childName });
  await add.getByRole("checkbox", { name: parentName }).check();
  await add.getByLabel("Effective from (YYYY-MM-DD)").fill(effectiveFrom);
  await add.getByRole("button", { name: "Add entry" }).click();
  await expect(admin.getByRole("status")).toHaveText("Catalogue entry added.");
  const row = admin.getByRole("row").filter({ hasText: childName });
  await expect(row).toContainText(effectiveFrom);
  await expect(row).toContainText("Scheduled");
  const entryLabel = (await row.getByRole("cell").first().textContent())?.trim() ?? "";
  expect(entryLabel).toMatch(/^Entry \d+$/);

  // The tester shows the new entry winning for a case filed that day in any district.
  const tester = admin.getByRole("region", { name: "Where would this go?" });
  await tester.getByLabel("Category").selectOption({ label: "Tap water quality" });
  await tester.getByLabel("District").selectOption({ label: "Dongcheng District" });
  await tester.getByLabel("Filing date (YYYY-MM-DD)").fill(effectiveFrom);
  await tester.getByRole("button", { name: "Test routing" }).click();
  const result = admin.getByRole("status", { name: "Result" });
  await expect(result).toContainText(
    `Routed by ${entryLabel.replace("Entry", "entry")}: lead unit ${childName}, effective from ${effectiveFrom}.`,
  );
  await expect(result).toContainText(`Co-handling units: ${parentName}.`);
});
