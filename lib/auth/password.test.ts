import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, verifyNothing, verifyPassword } from "./password";

describe("password hashing", { timeout: 30_000 }, () => {
  it("verifies the password it hashed and nothing else", async () => {
    const stored = await hashPassword("correct horse battery");
    expect(stored).toMatch(/^scrypt\$32768\$8\$3\$/);
    expect(await verifyPassword("correct horse battery", stored)).toBe(true);
    expect(await verifyPassword("correct horse batterY", stored)).toBe(false);
    expect(needsRehash(stored)).toBe(false);
  });

  it("still verifies an older, weaker hash and asks for it to be rehashed", async () => {
    // N=2^15, r=8, p=1: the parameters before this change.
    const old = "scrypt$32768$8$1$c2FsdHNhbHRzYWx0c2FsdA$" + "A".repeat(43);
    expect(needsRehash(old)).toBe(true);
    expect(await verifyPassword("anything", old)).toBe(false);
  });

  it("refuses a stored value that is not a hash, and salts every hash", async () => {
    expect(await verifyPassword("anything", "plain-text")).toBe(false);
    expect(await hashPassword("same")).not.toBe(await hashPassword("same"));
  });

  it("spends a real verification on nobody", async () => {
    expect(await verifyNothing("guess")).toBe(false);
  });
});
