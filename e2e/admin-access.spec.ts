import { type Page, expect, test } from "@playwright/test";
import { ACCOUNTS, signInAsCitizen, signInAsStaff } from "./helpers";

// Every administration page and route, including detail pages: anyone but an admin gets the same
// 404 as for a page that does not exist; a guest is sent to sign in (routes answer 404).
const PAGES = [
  "/admin",
  "/admin/units",
  "/admin/units/city",
  "/admin/categories",
  "/admin/categories/street-vending",
  "/admin/catalogue",
  "/admin/sla",
  "/admin/sla/new",
  "/admin/sla/general",
  "/admin/calendar",
  "/admin/settings",
  "/admin/users",
  "/admin/knowledge",
  "/admin/import",
  "/admin/audit",
] as const;
const ROUTES = ["/admin/import/example/units", "/admin/import/jobs/1/progress"] as const;
const OTHERS = ["operator", "supervisor", "observer", "urbanStaff", "waterHead", "citizen"] as const;

async function signIn(page: Page, who: (typeof OTHERS)[number] | "admin") {
  if (who === "citizen") await signInAsCitizen(page, ACCOUNTS.citizen);
  else await signInAsStaff(page, ACCOUNTS[who]);
}

test("an admin opens every administration page", async ({ page }) => {
  await signIn(page, "admin");
  for (const path of PAGES) expect((await page.goto(path))?.status(), path).toBe(200);
  // Routes (a download, JSON) are fetched with the page's cookies rather than opened.
  expect((await page.request.get("/admin/import/example/units")).status()).toBe(200);
});

for (const who of OTHERS) {
  test(`${who} gets 404 on every administration page and route`, async ({ page }) => {
    await signIn(page, who);
    for (const path of [...PAGES, "/admin/import/jobs/1"])
      expect((await page.goto(path))?.status(), `${who} ${path}`).toBe(404);
    for (const path of ROUTES) expect((await page.request.get(path)).status(), `${who} ${path}`).toBe(404);
  });
}

test("a guest is sent to sign in from every administration page", async ({ page }) => {
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/signin\?next=/);
  }
  for (const path of ROUTES) expect((await page.request.get(path)).status(), path).toBe(404);
});
