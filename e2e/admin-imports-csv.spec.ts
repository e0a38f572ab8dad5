import { expect, test } from "@playwright/test";
import { ACCOUNTS, signInAsStaff, staffPage } from "./helpers";

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
  await expect(admin).toHaveURL(/\/admin\/import\/jobs\/\d+$/);
  await expect(
    admin.getByRole("heading", { name: "Imported 2 rows: 2 created, 0 updated, 0 unchanged." }),
  ).toBeVisible();
  await expect(admin.getByRole("progressbar")).toHaveAttribute("value", "2");

  // Importing the same file again changes nothing.
  await admin.getByRole("link", { name: "Import another file" }).click();
  await admin.getByLabel("CSV text").fill([header, good, fixed].join("\n"));
  await admin.getByRole("button", { name: "Import" }).click();
  await expect(
    admin.getByRole("heading", { name: "Imported 2 rows: 0 created, 0 updated, 2 unchanged." }),
  ).toBeVisible();

  await admin.goto("/admin/units");
  await expect(admin.getByRole("link", { name })).toBeVisible();
});

/** Closed historic cases (no deadlines, no cards), with legacy ids of their own. */
function historicCases(stamp: string, count: number): string {
  const header =
    "legacy_id,created_at,type,channel,category_code,district_code,title,description,lead_unit_code,replied_at,outcome,reply_text,legal_basis,closed_at,satisfaction";
  const rows = Array.from(
    { length: count },
    (_, i) =>
      `E2E-${stamp}-${i},2025-03-03T09:00:00+08:00,complaint,phone,street-light,,Lamp ${i},Lamp ${i} is off.,urban-mgmt,2025-03-05T10:00:00+08:00,resolved,Fixed.,,2025-03-08T10:00:00+08:00,`,
  );
  return [header, ...rows].join("\n");
}

test("a long historic-case import shows its progress advancing, then the result", async ({ browser }) => {
  test.setTimeout(240_000);
  const rows = 1000;
  const admin = await staffPage(browser, ACCOUNTS.admin);
  await admin.goto("/admin/import?kind=cases");
  await admin.getByLabel("CSV text").fill(historicCases(Date.now().toString(36), rows));
  await admin.getByRole("button", { name: "Import" }).click();
  // The whole file is checked first (as a dry run), then the job starts.
  await expect(admin).toHaveURL(/\/admin\/import\/jobs\/\d+$/, { timeout: 90_000 });
  const jobId = /jobs\/(\d+)$/.exec(admin.url())?.[1];
  const bar = admin.getByRole("progressbar");
  await expect(bar).toHaveAttribute("max", String(rows));
  // Sample the job (as the page's poller does) and the bar the admin sees, until the job ends.
  const jobValues: number[] = [];
  const barValues: number[] = [];
  await expect
    .poll(
      async () => {
        const job = (await (await admin.request.get(`/admin/import/jobs/${jobId}/progress`)).json()) as {
          status: string;
          processed: number;
        };
        jobValues.push(job.processed);
        barValues.push(Number(await bar.getAttribute("value")));
        return job.status;
      },
      { timeout: 120_000, intervals: [100] },
    )
    .not.toBe("running");
  const between = (values: number[]) => values.some((v) => v > 0 && v < rows);
  expect(between(jobValues), `job progress ${jobValues.join(",")}`).toBe(true);
  expect(between(barValues), `bar values ${barValues.join(",")}`).toBe(true);
  await expect(
    admin.getByRole("heading", { name: `Imported ${rows} rows: ${rows} created, 0 updated, 0 unchanged.` }),
  ).toBeVisible();
  await expect(bar).toHaveAttribute("value", String(rows));
  await admin.screenshot({ path: "test-results/admin-import-done.png", fullPage: true });
});

test("without JavaScript the import still runs and its page refreshes itself to the result", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ locale: "en-GB", javaScriptEnabled: false });
  const admin = await context.newPage();
  await signInAsStaff(admin, ACCOUNTS.admin);
  await admin.goto("/admin/import?kind=cases");
  await admin.getByLabel("CSV text").fill(historicCases(`nojs${Date.now().toString(36)}`, 120));
  await admin.getByRole("button", { name: "Import" }).click();
  await expect(admin).toHaveURL(/\/admin\/import\/jobs\/\d+$/);
  await expect(
    admin.getByRole("heading", { name: "Imported 120 rows: 120 created, 0 updated, 0 unchanged." }),
  ).toBeVisible({ timeout: 90_000 });
  await expect(admin.getByRole("progressbar")).toHaveAttribute("value", "120");
  await context.close();
});

test("historic cases in the open month or after the go-live date are refused with the row's reason", async ({
  browser,
}) => {
  const admin = await staffPage(browser, ACCOUNTS.admin);
  const stamp = Date.now().toString(36);
  const header =
    "legacy_id,created_at,type,channel,category_code,district_code,title,description,lead_unit_code,replied_at,outcome,reply_text,legal_basis,closed_at,satisfaction";
  const row = (id: string, created: string) =>
    `E2E-GL-${stamp}-${id},${created},inquiry,web,street-light,,Lights ${id},When do the lights go on?,,,,,,,`;
  // A minute ago: inside the open month (but on the first minute of a month).
  const justNow = new Date(Date.now() - 60_000).toISOString();
  await admin.goto("/admin/import?kind=cases");
  await admin.getByLabel("CSV text").fill([header, row("open", justNow)].join("\n"));
  await admin.getByRole("button", { name: "Check (dry run)" }).click();
  const problems = admin.getByRole("table", { name: "Problems by line" });
  await expect(problems.getByRole("row", { name: /Line 2/ })).toContainText("in the current month");

  await admin.goto("/admin/settings");
  const goLive = admin.getByLabel("Go-live date (empty: not set)");
  // After every case the other tests import (2025), before today.
  await goLive.fill("2026-01-01");
  await admin.getByRole("button", { name: "Save settings" }).nth(1).click();
  await expect(admin.getByRole("status")).toContainText("Settings saved.");
  try {
    await expect(admin.getByRole("table", { name: "Log of settings changes" })).toContainText(
      "Go-live date (empty: not set): — → 2026-01-01",
    );
    await admin.goto("/admin/import?kind=cases");
    await admin
      .getByLabel("CSV text")
      .fill([header, row("after", "2026-02-02T09:00:00+08:00"), row("before", "2025-11-02T09:00:00+08:00")].join("\n"));
    await admin.getByRole("button", { name: "Check (dry run)" }).click();
    await expect(problems.getByRole("row", { name: /Line 2/ })).toContainText("on or after the go-live date");
    await expect(problems.getByRole("row", { name: /Line 3/ })).toHaveCount(0);
  } finally {
    await admin.goto("/admin/settings");
    await admin.getByLabel("Go-live date (empty: not set)").fill("");
    await admin.getByRole("button", { name: "Save settings" }).nth(1).click();
    await expect(admin.getByRole("status")).toContainText("Settings saved.");
  }
});
