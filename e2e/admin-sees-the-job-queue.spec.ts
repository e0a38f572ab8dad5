import { expect, test } from "@playwright/test";
import { ACCOUNTS, staffPage } from "./helpers";

// The server of the browser tests runs the worker too (npm start's default): its jobs show on the
// admin's job dashboard as the queue records them, and the worker's health answers a monitor.
// Who else may open the dashboard: e2e/role-access-matrix.spec.ts.

test("an admin sees when each background job last ran, and a monitor sees the worker alive", async ({
  browser,
  request,
}) => {
  const admin = await staffPage(browser, ACCOUNTS.admin);
  await admin.goto("/admin");
  await admin.getByRole("link", { name: "Background jobs" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Background jobs" })).toBeVisible();
  const row = admin.getByRole("row", { name: /notices\.deliver/ });
  await expect(row).toContainText("Deliver due mail and text messages");
  // The outbox round runs every few seconds: its last finished run is a time, not "—".
  await expect
    .poll(
      async () => {
        await admin.reload();
        return admin.getByTestId("completed-notices.deliver").textContent();
      },
      { timeout: 30_000 },
    )
    .not.toBe("—");

  const health = await request.get("/api/health/worker");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok" });
});
