import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it, onTestFinished, vi } from "vitest";
import {
  type CachedPage,
  FILL_HEADER,
  FRESH_MS,
  GuestPageCache,
  STALE_MS,
  guestPageKey,
  withGuestPageCache,
} from "./guest-page-cache";

const page = (text: string, storedAt: number): CachedPage => ({
  body: Buffer.from(text),
  gzipped: Buffer.from(text),
  contentType: "text/html",
  storedAt,
});
const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });

describe("guestPageKey", () => {
  it("keys a guest's petition page by language and path", () => {
    expect(guestPageKey(get("/petitions/12", { "accept-language": "en-GB,en;q=0.9" }))?.key).toBe("en /petitions/12");
    expect(guestPageKey(get("/petitions/12"))?.key).toBe("zh-CN /petitions/12");
    // The language switch's cookie wins over the browser's header.
    expect(guestPageKey(get("/petitions/12", { "accept-language": "en", cookie: "a=1; NEXT_LOCALE=zh-CN" }))?.key).toBe(
      "zh-CN /petitions/12",
    );
  });

  it("never shares a page that differs by visitor", () => {
    expect(guestPageKey(get("/petitions/12", { cookie: "authjs.session-token=abc" }))).toBeNull();
    expect(guestPageKey(get("/petitions/12", { cookie: "__Secure-authjs.session-token.0=abc" }))).toBeNull();
    expect(guestPageKey(get("/petitions/12?share=secret"))).toBeNull();
    expect(guestPageKey(get("/petitions/12?signed=1"))).toBeNull();
    expect(guestPageKey(get("/petitions/12", { rsc: "1" }))).toBeNull();
    expect(guestPageKey(get("/petitions/12", { [FILL_HEADER]: "1" }))).toBeNull();
    expect(guestPageKey({ method: "POST", url: "/petitions/12", headers: {} })).toBeNull();
  });

  it("only covers petition pages", () => {
    for (const url of ["/petitions", "/petitions/new", "/petitions/12/confirm/abc", "/track", "/"])
      expect(guestPageKey(get(url))).toBeNull();
  });
});

describe("GuestPageCache", () => {
  it("fills once for many readers, serves fresh copies, then stale ones while one refill runs", async () => {
    const cache = new GuestPageCache();
    let fills = 0;
    let release: () => void = () => undefined;
    const fill = (at: number) => () => {
      fills += 1;
      return new Promise<CachedPage>((resolve) => {
        release = () => resolve(page(`v${fills}`, at));
      });
    };
    const waiting = [cache.lookup("k", fill(0), 0), cache.lookup("k", fill(0), 0)];
    release();
    const [first, second] = await Promise.all(waiting);
    expect(fills).toBe(1);
    expect([first?.state, second?.state]).toEqual(["miss", "miss"]);
    expect((await cache.lookup("k", fill(0), FRESH_MS - 1)).state).toBe("hit");

    const stale = await cache.lookup("k", fill(FRESH_MS), FRESH_MS + 1);
    expect(stale.state).toBe("stale");
    expect(stale.page?.body.toString()).toBe("v1");
    expect((await cache.lookup("k", fill(FRESH_MS), FRESH_MS + 2)).state).toBe("stale");
    expect(fills).toBe(2);
    release();
    await new Promise((resolve) => setImmediate(resolve));
    const refreshed = await cache.lookup("k", fill(0), FRESH_MS + 3);
    expect([refreshed.state, refreshed.page?.body.toString()]).toEqual(["hit", "v2"]);
  });

  it("waits for a refill when the copy is too old, and drops a page that may no longer be shared", async () => {
    const cache = new GuestPageCache();
    await cache.lookup("k", async () => page("old", 0), 0);
    const gone = await cache.lookup("k", async () => null, STALE_MS + 1);
    expect(gone).toEqual({ page: null, state: "miss" });
    expect((await cache.lookup("k", async () => page("new", STALE_MS + 2), STALE_MS + 2)).page?.body.toString()).toBe(
      "new",
    );
  });

  it("does not keep a failed refill", async () => {
    const cache = new GuestPageCache();
    expect((await cache.lookup("k", () => Promise.reject(new Error("down")), 0)).page).toBeNull();
    expect((await cache.lookup("k", async () => page("back", 1), 1)).page?.body.toString()).toBe("back");
  });
});

describe("withGuestPageCache", () => {
  let close: () => Promise<void> = async () => undefined;
  afterEach(() => close());

  /** A server whose "app" renders each request with a counter, behind the cache. */
  async function serve(status = 200) {
    let renders = 0;
    const app = (request: IncomingMessage, response: ServerResponse) => {
      renders += 1;
      const signedIn = String(request.headers.cookie ?? "").includes("session-token");
      response.writeHead(status, { "content-type": "text/html; charset=utf-8" });
      response.end(
        `<html>render ${renders} ${request.headers.cookie ?? ""} ${signedIn ? "signed in" : "guest"}</html>`,
      );
    };
    const server = createServer((request, response) => handler(request, response));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const handler = withGuestPageCache(app, origin);
    close = () => new Promise((resolve) => server.close(() => resolve()));
    return { origin, renders: () => renders };
  }

  it("renders a guest's page once for many requests, compressed for browsers that ask", async () => {
    // The clock stands still (only Date: sockets and timers run), so a slow machine cannot age the
    // page past FRESH_MS between the requests and make the second one a stale hit that re-renders.
    vi.useFakeTimers({ toFake: ["Date"] });
    onTestFinished(() => void vi.useRealTimers());
    const { origin, renders } = await serve();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => fetch(`${origin}/petitions/3`, { headers: { "accept-language": "en" } })),
    );
    const bodies = await Promise.all(answers.map((answer) => answer.text()));
    expect(renders()).toBe(1);
    expect(new Set(bodies)).toEqual(new Set(["<html>render 1 NEXT_LOCALE=en guest</html>"]));
    expect(answers[0]?.headers.get("x-page-cache")).toBe("miss");

    const raw = await new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      import("node:http").then(({ get: httpGet }) =>
        httpGet(
          `${origin}/petitions/3`,
          { headers: { "accept-encoding": "gzip", "accept-language": "en" } },
          (response) => {
            const chunks: Buffer[] = [];
            response.on("data", (chunk: Buffer) => chunks.push(chunk));
            response.on("end", () =>
              resolve({ encoding: response.headers["content-encoding"], body: Buffer.concat(chunks) }),
            );
          },
        ).on("error", reject),
      );
    });
    expect(raw.encoding).toBe("gzip");
    expect(gunzipSync(raw.body).toString()).toBe("<html>render 1 NEXT_LOCALE=en guest</html>");
    expect(renders()).toBe(1);
  });

  it("renders afresh for signed-in visitors, other languages and other paths, and never shares their pages", async () => {
    const { origin, renders } = await serve();
    await (await fetch(`${origin}/petitions/3`)).text();
    const signedIn = await (
      await fetch(`${origin}/petitions/3`, { headers: { cookie: "authjs.session-token=abc" } })
    ).text();
    expect(signedIn).toContain("signed in");
    expect(await (await fetch(`${origin}/petitions/3`)).text()).toContain("guest");
    expect(await (await fetch(`${origin}/petitions/3`, { headers: { cookie: "NEXT_LOCALE=en" } })).text()).toContain(
      "NEXT_LOCALE=en",
    );
    await (await fetch(`${origin}/petitions/3?share=x`)).text();
    await (await fetch(`${origin}/petitions`)).text();
    expect(renders()).toBe(5);
  });

  it("does not keep an answer other than 200: the visitor gets the app's own answer", async () => {
    const { origin, renders } = await serve(404);
    const answer = await fetch(`${origin}/petitions/9`);
    expect(answer.status).toBe(404);
    await answer.text();
    await (await fetch(`${origin}/petitions/9`)).text();
    // Each visit: one refill attempt that is not kept, then the visitor's own render.
    expect(renders()).toBe(4);
  });
});
