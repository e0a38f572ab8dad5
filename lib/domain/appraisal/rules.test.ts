import { describe, expect, it } from "vitest";
import { detectBursts, voteWindowStart } from "./bursts";
import { ballotRefusal, citizenEligibleUnits, validCampaignPeriod } from "./eligibility";
import { networkOf } from "./network";
import { CODE_ALPHABET, normalizeRaterCode, raterCodeFromBytes } from "./rater-code";
import { canMoveCampaign } from "./vocabulary";

describe("network of an address", () => {
  it("keeps the /24 of IPv4 and the /48 of IPv6", () => {
    expect(networkOf("203.0.113.77")).toBe("203.0.113.0/24");
    expect(networkOf("::ffff:203.0.113.9")).toBe("203.0.113.0/24");
    expect(networkOf("2001:db8:1:2::5")).toBe("2001:db8:1::/48");
    expect(networkOf("2001:0DB8:0001:ffff:0:0:0:1")).toBe("2001:db8:1::/48");
    expect(networkOf("::1")).toBe("0:0:0::/48");
  });
  it("is null for anything else", () => {
    for (const bad of ["local", "", "300.1.1.1", "1.2.3", "1:2:3:4:5:6:7:8:9", "1::2::3"])
      expect(networkOf(bad)).toBeNull();
  });
});

describe("bursts", () => {
  const at = new Date("2026-05-01T10:20:00Z");
  const vote = (unitId: number, networkHash: string | null, minutes = 0) => ({
    unitId,
    networkHash,
    windowStart: voteWindowStart(new Date(at.getTime() + minutes * 60_000)),
    light: "red" as const,
  });

  it("coarsens the time to the hour", () => {
    expect(voteWindowStart(at).toISOString()).toBe("2026-05-01T10:00:00.000Z");
  });

  it("flags many votes for one unit from one network in one hour, and nothing else", () => {
    const votes = [
      vote(1, "n1"),
      vote(1, "n1", 5),
      vote(1, "n1", 30),
      vote(2, "n1"),
      vote(1, "n2"),
      vote(1, "n1", 60),
      vote(1, null),
      vote(1, null),
    ];
    const bursts = detectBursts(votes, 3);
    expect(bursts).toHaveLength(1);
    expect(bursts[0]).toMatchObject({
      unitId: 1,
      networkHash: "n1",
      votes: 3,
      lights: { green: 0, yellow: 0, red: 3 },
    });
    expect(detectBursts(votes, 4)).toEqual([]);
  });

  it("refuses a threshold below two", () => {
    expect(() => detectBursts([], 1)).toThrow(RangeError);
  });
});

describe("rater codes", () => {
  const bytes = Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 250, 11]);

  it("formats 11 random characters and a check character in three groups", () => {
    const code = raterCodeFromBytes(bytes);
    expect(code).toMatch(/^[2-9A-Y]{4}-[2-9A-Y]{4}-[2-9A-Y]{4}$/);
    expect(code.startsWith("2345-6789-ABC")).toBe(true);
  });

  it("reads a typed code back in any case and spacing, and catches a typo", () => {
    const code = raterCodeFromBytes(bytes);
    expect(normalizeRaterCode(code.toLowerCase().replace(/-/g, " "))).toBe(code);
    const typo =
      (CODE_ALPHABET[(CODE_ALPHABET.indexOf(code[0] ?? "") + 1) % CODE_ALPHABET.length] ?? "") + code.slice(1);
    expect(normalizeRaterCode(typo)).toBeNull();
    expect(normalizeRaterCode("O000-0000-0000")).toBeNull();
    expect(normalizeRaterCode("short")).toBeNull();
  });

  it("skips biased bytes and refuses too few", () => {
    expect(() => raterCodeFromBytes(Uint8Array.from([250, 251, 252, 0, 0, 0, 0, 0, 0, 0, 0]))).toThrow(RangeError);
  });
});

describe("eligibility", () => {
  const period = { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2026-07-01T00:00:00Z") };

  it("lets a citizen rate the campaign units that replied to their case in the period", () => {
    const cases = [
      { leadUnitId: 1, repliedAt: new Date("2026-03-01T00:00:00Z") },
      { leadUnitId: 2, repliedAt: new Date("2025-12-31T23:59:59Z") },
      { leadUnitId: 3, repliedAt: null },
      { leadUnitId: 4, repliedAt: new Date("2026-06-30T00:00:00Z") },
      { leadUnitId: null, repliedAt: new Date("2026-03-01T00:00:00Z") },
    ];
    expect(citizenEligibleUnits([1, 2, 3, 5], cases, period)).toEqual([1]);
    expect(citizenEligibleUnits([1, 4], cases, period)).toEqual([1, 4]);
  });

  it("refuses a ballot when closed, empty, not eligible or already rated", () => {
    expect(ballotRefusal("draft", [1], [], [1])).toBe("campaign_not_open");
    expect(ballotRefusal("open", [1], [], [])).toBe("empty_ballot");
    expect(ballotRefusal("open", [1], [], [2])).toBe("not_eligible");
    expect(ballotRefusal("open", [1, 2], [2], [1, 2])).toBe("already_rated");
    expect(ballotRefusal("open", [1, 2], [2], [1])).toBeNull();
  });

  it("checks the period and the campaign's moves", () => {
    expect(validCampaignPeriod("2026-01-01", "2026-12-31")).toBe(true);
    expect(validCampaignPeriod("2026-12-31", "2026-01-01")).toBe(false);
    expect(canMoveCampaign("draft", "open")).toBe(true);
    expect(canMoveCampaign("open", "closed")).toBe(true);
    expect(canMoveCampaign("closed", "open")).toBe(false);
    expect(canMoveCampaign("draft", "closed")).toBe(false);
  });
});
