// What a penetration tester tries first (issue 12, item 10): each hostile request gets a clear
// 4xx and leaves the server serving everyone else. Every answer here would have been a 500, a
// stuck download slot or an off-site redirect before.
import net from "node:net";
import { expect, test } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD } from "./helpers";

const port = Number(process.env.E2E_PORT ?? 3100);

test.describe("hostile requests", () => {
  test("HEAD requests and impossible months never take the open-data download slots", async ({ request }) => {
    for (let i = 0; i < 5; i += 1) {
      const head = await request.head("/api/open-data/cases.csv?from=2026-01&to=2026-01");
      expect(head.status()).toBe(200);
      expect(head.headers()["content-type"]).toContain("text/csv");
      const impossible = await request.get("/api/open-data/cases.csv?from=0000-01");
      expect(impossible.status()).toBe(422);
      expect((await impossible.json()).fieldErrors.from[0].key).toBe("month");
    }
    const repeated = await request.get("/api/open-data/cases.csv?from=2026-01&from=2026-02");
    expect(repeated.status()).toBe(400);
    const download = await request.get("/api/open-data/scorecards.json?kind=year");
    expect(download.status()).toBe(200);
    expect(Array.isArray(await download.json())).toBe(true);
  });

  test("ids beyond the integer range are not found; malformed escapes are bad requests", async ({ request }) => {
    for (const path of [
      "/api/v1/petitions/99999999999",
      "/api/v1/petitions/1e3",
      "/petitions/99999999999",
      "/moderation/99999999999",
      "/api/attachments/99999999999",
    ]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect([404, 307], path).toContain(response.status());
    }
    for (const path of ["/petitions/%E0%A4%A", "/track/%E0%A4%A", "/transparency/units/%ZZ", "/cases/%00"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(400);
    }
  });

  test("a NUL byte in any text field is a field error, and a bad signature does not fail honest ones", async ({
    request,
  }) => {
    const list = await (await request.get("/api/v1/petitions?stage=open")).json();
    const petition = list.petitions[0];
    expect(petition).toBeTruthy();
    const detail = await (await request.get(`/api/v1/petitions/${petition.id}`)).json();
    const districtCode = detail.districts[0].code;
    const sign = (name: string, email: string) =>
      request.post(`/api/v1/petitions/${petition.id}/signatures`, {
        data: { name, email, districtCode, consent: true, notify: false },
      });
    const [bad, honest] = await Promise.all([
      sign("Bad\u0000Name", "nul.signer@example.cn"),
      sign("Honest Signer", "honest.signer@example.cn"),
    ]);
    expect(bad.status()).toBe(422);
    expect((await bad.json()).fieldErrors.name[0].key).toBe("invalid");
    expect(honest.status()).toBe(202);

    const filing = await request.post("/api/v1/cases", {
      data: { type: "complaint", title: "Light\u0000out", description: "x".repeat(30) },
    });
    expect(filing.status()).toBe(422);
    expect((await filing.json()).fieldErrors.title[0].key).toBe("invalid");
    const repeated = await request.get("/api/v1/petitions?stage=open&stage=closed");
    expect(repeated.status()).toBe(400);
  });

  test("odd headers and broken bodies get 4xx answers", async ({ request }) => {
    const proto = await request.get("/", {
      headers: { "x-forwarded-proto": "gopher", "x-forwarded-host": "evil.example" },
    });
    expect(proto.status()).toBe(200);
    expect(await proto.text()).not.toContain("evil.example");

    const multipart = await request.post("/file", {
      headers: { "content-type": "multipart/form-data; boundary=broken", "next-action": "0".repeat(42) },
      data: '--broken\r\nContent-Disposition: form-data; name="title"\r\n\r\nno closing boundary',
    });
    expect(multipart.status()).toBeGreaterThanOrEqual(400);
    expect(multipart.status()).toBeLessThan(500);

    const json = await request.post("/api/v1/cases", {
      headers: { "content-type": "application/json" },
      data: Buffer.from("{ not json"),
    });
    expect(json.status()).toBe(400);

    const oversized = await request.post("/api/v1/cases", {
      headers: { "content-type": "application/json" },
      data: JSON.stringify({ title: "x".repeat(2 * 1024 * 1024) }),
    });
    expect(oversized.status()).toBe(413);
  });

  test("a body shorter than its declared length is cut off quickly", async () => {
    test.setTimeout(60_000);
    const started = Date.now();
    const closed = await new Promise<string>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.write(
          'POST /api/v1/cases HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"title":',
        );
      });
      let answer = "";
      socket.on("data", (chunk) => (answer += chunk.toString()));
      socket.on("close", () => resolve(answer));
      socket.on("error", () => resolve(answer));
    });
    expect(Date.now() - started).toBeLessThan(45_000);
    expect(closed).not.toMatch(/^HTTP\/1\.1 5/);
  });

  test("return paths with tabs, newlines or full-width spaces stay on this site", async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    for (const next of ["/%09/evil.example", "/\t/evil.example", "/%E3%80%80/evil.example", "/\\evil.example"]) {
      await page.context().clearCookies();
      await page.goto(`/signin?next=${encodeURIComponent(next)}`);
      const form = page.locator("form", { has: page.locator("#staff-password") });
      await form.getByLabel(/Email|邮箱/).fill(ACCOUNTS.operator);
      await form.getByLabel(/Password|密码/).fill(DEMO_PASSWORD);
      await form.getByRole("button").click();
      await expect(page).not.toHaveURL(/\/signin/);
      expect(new URL(page.url()).origin, next).toBe(origin);
    }
    // The language switch carries its own return path.
    await page.goto("/transparency");
    await page
      .locator('input[name="returnTo"]')
      .first()
      .evaluate((input) => {
        (input as HTMLInputElement).value = "/\t/evil.example";
      });
    await page.locator('form:has(input[name="returnTo"]) button').first().click();
    await page.waitForLoadState("load");
    expect(new URL(page.url()).origin).toBe(origin);
  });
});
