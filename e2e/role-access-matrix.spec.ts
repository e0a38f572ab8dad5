import { expect, test } from "@playwright/test";
import { caseAwaitingSignFor } from "./factories";
import { type Account, signInAs } from "./helpers";

// Which desk each role may open. Everything else answers 404, which reveals nothing.
const ADMIN_ROUTES = [
  "/admin/units",
  "/admin/categories",
  "/admin/catalogue",
  "/admin/sla",
  "/admin/calendar",
  "/admin/settings",
  "/admin/users",
  "/admin/knowledge",
  "/admin/import",
  "/admin/mail",
  "/admin/jobs",
] as const;
const MODERATION_ROUTES = ["/moderation", "/moderation/blocks"] as const;
const ROUTES = [
  "/desk",
  "/desk/search",
  "/unit",
  "/supervision",
  "/admin",
  ...ADMIN_ROUTES,
  ...MODERATION_ROUTES,
  "/observer",
  "/my-cases",
] as const;
const ALLOWED: Partial<Record<Account, readonly (typeof ROUTES)[number][]>> = {
  operator: ["/desk", "/desk/search"],
  urbanStaff: ["/unit"],
  waterHead: ["/unit"],
  supervisor: ["/supervision", "/desk/search"],
  admin: ["/admin", ...ADMIN_ROUTES],
  observer: ["/observer"],
  moderator: [...MODERATION_ROUTES],
  citizen: ["/my-cases"],
};
// Who may open a case of the water company, and how much of it.
const WATER_CASE: Partial<Record<Account, "full" | "redacted" | "none">> = {
  operator: "full",
  waterHead: "full",
  urbanStaff: "none",
  supervisor: "redacted",
  admin: "redacted",
  observer: "redacted",
  moderator: "none",
  citizen: "none",
};

let waterCase = "";

test.beforeAll(async () => {
  // A case the water company leads alone, made by the use cases: finding one is not the point.
  waterCase = (await caseAwaitingSignFor("water-group")).reference;
  expect(waterCase).toMatch(/^\d{4}-\d{6,}-[0-9A-Z]$/);
});

test("a guest is sent to sign in from every desk", async ({ page }) => {
  for (const route of ROUTES) {
    await page.goto(route);
    await expect(page, route).toHaveURL(new RegExp(`/signin\\?next=${encodeURIComponent(route)}`));
  }
});

for (const [who, allowed] of Object.entries(ALLOWED) as [Account, readonly string[]][]) {
  test(`${who} opens only their own desk and only the cases they may see`, async ({ page }) => {
    await signInAs(page, who);
    for (const route of ROUTES) {
      const response = await page.goto(route);
      expect(response?.status(), `${who} ${route}`).toBe(allowed.includes(route) ? 200 : 404);
    }
    const response = await page.goto(`/cases/${waterCase}`);
    const access = WATER_CASE[who];
    expect(response?.status(), `${who} /cases/${waterCase}`).toBe(access === "none" ? 404 : 200);
    if (access === "full") await expect(page.getByRole("heading", { name: /Contact|联系人/ })).toBeVisible();
    if (access === "redacted") await expect(page.getByRole("heading", { name: /Contact|联系人/ })).toHaveCount(0);
  });
}
