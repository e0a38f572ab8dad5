import { describe, expect, it } from "vitest";
import { addressInRange, blockedBy, domainMatches, formatAddress, isValidRange, parseAddress } from "./block-list";

describe("address ranges", () => {
  it.each([
    ["203.0.113.7", "203.0.113.0/24", true],
    ["203.0.114.7", "203.0.113.0/24", false],
    ["203.0.113.7", "203.0.113.7", true],
    ["10.1.2.3", "0.0.0.0/0", true],
    ["::ffff:203.0.113.9", "203.0.113.0/24", true],
    ["2001:db8::1", "2001:db8::/32", true],
    ["2001:db9::1", "2001:db8::/32", false],
    ["203.0.113.7", "2001:db8::/32", false],
    ["local", "203.0.113.0/24", false],
  ])("%s in %s: %s", (address, range, expected) => {
    expect(addressInRange(address, range)).toBe(expected);
  });

  it("validates ranges", () => {
    expect(isValidRange("203.0.113.0/24")).toBe(true);
    expect(isValidRange("2001:db8::/129")).toBe(false);
    expect(isValidRange("300.1.1.1")).toBe(false);
    expect(isValidRange("example.com")).toBe(false);
  });
});

describe("domain patterns", () => {
  it("covers the domain and its subdomains, or only subdomains with *.", () => {
    expect(domainMatches("spam.example", "spam.example")).toBe(true);
    expect(domainMatches("a.spam.example", "spam.example")).toBe(true);
    expect(domainMatches("notspam.example", "spam.example")).toBe(false);
    expect(domainMatches("spam.example", "*.spam.example")).toBe(false);
    expect(domainMatches("x.spam.example", "*.spam.example")).toBe(true);
  });
});

describe("blockedBy", () => {
  const entries = [
    { kind: "ip_range" as const, pattern: "198.51.100.0/24" },
    { kind: "domain" as const, pattern: "throwaway.test" },
    { kind: "email" as const, pattern: "bot@example.org" },
  ];
  it("finds the entry that blocks a signer", () => {
    expect(blockedBy(entries, { address: "198.51.100.4", domain: "example.org", email: "a@example.org" })?.kind).toBe(
      "ip_range",
    );
    expect(
      blockedBy(entries, { address: "192.0.2.1", domain: "mx.throwaway.test", email: "a@mx.throwaway.test" })?.kind,
    ).toBe("domain");
    expect(blockedBy(entries, { address: "192.0.2.1", domain: "example.org", email: "bot@example.org" })?.kind).toBe(
      "email",
    );
    expect(blockedBy(entries, { address: "192.0.2.1", domain: "example.org", email: "ok@example.org" })).toBeNull();
  });
});

describe("formatAddress", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    ["::ffff:203.0.113.7", "203.0.113.7"],
    ["2001:DB8::1", "2001:db8:0:0:0:0:0:1"],
    ["::", "0:0:0:0:0:0:0:0"],
  ])("%s → %s", (input, expected) => {
    expect(formatAddress(parseAddress(input)!)).toBe(expected);
  });
});
