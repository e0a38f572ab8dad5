import { describe, expect, it } from "vitest";
import { clientKey, parseTrustedProxies } from "./client-address";

const none = parseTrustedProxies("");
const proxies = parseTrustedProxies("10.0.0.0/8, 127.0.0.1, ::1");

describe("clientKey", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientKey("203.0.113.7", "198.51.100.1", none)).toBe("203.0.113.7");
    expect(clientKey("127.0.0.1", "198.51.100.1", none)).toBe("127.0.0.1");
  });

  it("reads X-Forwarded-For from the right through trusted proxies only", () => {
    expect(clientKey("127.0.0.1", "198.51.100.1", proxies)).toBe("198.51.100.1");
    // The client forged the left-most entry; the first untrusted hop from the right wins.
    expect(clientKey("10.1.2.3", "6.6.6.6, 198.51.100.1, 10.0.0.5", proxies)).toBe("198.51.100.1");
    // An untrusted peer cannot speak for anyone else.
    expect(clientKey("203.0.113.9", "198.51.100.1", proxies)).toBe("203.0.113.9");
  });

  it("stops at a malformed hop instead of believing what lies beyond it", () => {
    expect(clientKey("127.0.0.1", "198.51.100.1, not-an-ip", proxies)).toBe("127.0.0.1");
  });

  it("counts IPv6 clients by their /64 and IPv4-mapped addresses as IPv4", () => {
    expect(clientKey("2001:db8:1:2:aaaa::1", undefined, none)).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8:1:2:bbbb::9", undefined, none)).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8:1:3::1", undefined, none)).toBe("2001:db8:1:3::/64");
    expect(clientKey("::ffff:192.0.2.1", undefined, none)).toBe("192.0.2.1");
    expect(clientKey("::1", "[2001:db8::5]", proxies)).toBe("2001:db8:0:0::/64");
  });

  it("is 'unknown' without a usable peer", () => {
    expect(clientKey(undefined, "198.51.100.1", proxies)).toBe("unknown");
    expect(clientKey("garbage", undefined, proxies)).toBe("unknown");
  });
});

describe("parseTrustedProxies", () => {
  it("refuses a malformed range", () => {
    expect(() => parseTrustedProxies("10.0.0.0/99")).toThrow();
    expect(() => parseTrustedProxies("proxy.example")).toThrow();
  });
});
