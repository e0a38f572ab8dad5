import { describe, expect, it } from "vitest";
import { canonicalEmail, emailDomain } from "./canonical-email";

describe("canonicalEmail", () => {
  it.each([
    ["Jane.Doe+petitions@Gmail.com", "janedoe@gmail.com"],
    ["j.a.n.e@googlemail.com", "jane@gmail.com"],
    ["jane+x@outlook.com", "jane@outlook.com"],
    ["12345+tag@qq.com", "12345@qq.com"],
    ["  Jane@Example.org ", "jane@example.org"],
    // Other domains may treat dots and plus signs as different mailboxes: left alone.
    ["jane.doe+x@example.org", "jane.doe+x@example.org"],
    ["jane.doe@outlook.com", "jane.doe@outlook.com"],
  ])("%s → %s", (input, expected) => {
    expect(canonicalEmail(input)).toBe(expected);
  });

  it("makes duplicates of the same Gmail mailbox equal", () => {
    expect(canonicalEmail("A.B+1@gmail.com")).toBe(canonicalEmail("ab@googlemail.com"));
  });

  it("finds the domain", () => {
    expect(emailDomain("x@Mail.Example.COM")).toBe("mail.example.com");
    expect(emailDomain("nobody")).toBe("");
  });
});
