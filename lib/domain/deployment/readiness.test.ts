import { describe, expect, it } from "vitest";
import {
  type DeploymentFacts,
  READINESS_FIXES,
  READINESS_PROBLEMS,
  isWeakSecret,
  readinessProblems,
} from "./readiness";

const ready: DeploymentFacts = {
  authSecret: "k3Jx9VfQ2mZpL8sWtYb4NcRgHdE6aU1o",
  appUrl: "https://feedback.city.example.gov",
  mailboxRequested: false,
  demoAccounts: 0,
  demoPasswordAccounts: 0,
  testHooks: false,
  checkpointKey: "ok",
};

describe("readinessProblems", () => {
  it("is empty for a production set-up", () => {
    expect(readinessProblems(ready)).toEqual([]);
  });

  it.each<[Partial<DeploymentFacts>, string]>([
    [{ authSecret: undefined }, "auth_secret_missing"],
    [{ authSecret: "e2e-secret-not-for-production-0123456789" }, "auth_secret_weak"],
    [{ authSecret: "short-secret" }, "auth_secret_weak"],
    [{ appUrl: undefined }, "app_url_missing"],
    [{ appUrl: "http://feedback.city.example.gov" }, "app_url_not_https"],
    [{ mailboxRequested: true }, "mailbox_enabled"],
    [{ demoAccounts: 10 }, "demo_accounts"],
    [{ demoPasswordAccounts: 1 }, "demo_password"],
    [{ testHooks: true }, "test_hooks"],
    [{ checkpointKey: "missing" }, "checkpoint_key_missing"],
    [{ checkpointKey: "invalid" }, "checkpoint_key_invalid"],
  ])("%o → %s", (change, problem) => {
    expect(readinessProblems({ ...ready, ...change })).toEqual([problem]);
  });

  it("names a fix for every problem", () => {
    for (const problem of READINESS_PROBLEMS) expect(READINESS_FIXES[problem].length).toBeGreaterThan(40);
  });
});

describe("isWeakSecret", () => {
  it("accepts a long random secret only", () => {
    expect(isWeakSecret(ready.authSecret as string)).toBe(false);
    expect(isWeakSecret("a".repeat(31))).toBe(true);
  });
});
