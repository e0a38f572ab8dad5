import { describe, expect, it } from "vitest";
import { assertDisposable, whyNotDisposable } from "../disposable-database";

describe("the guard before a test harness drops a schema", () => {
  it.each([
    "postgres://postgres@127.0.0.1:5432/answerable_e2e",
    "postgresql://postgres:pw@localhost/app_test",
    "postgres://u@[::1]:5432/ci",
    "postgres:///answerable_ci?host=/var/run/postgresql",
    "postgres:///my_test_db",
  ])("lets %s be wiped", (url) => {
    expect(whyNotDisposable(url)).toBeNull();
  });

  it.each([
    ["postgres://postgres@db.example.gov:5432/answerable_e2e", /not this machine/],
    ["postgres://postgres@10.0.0.5/answerable_test", /not this machine/],
    ["postgres://postgres@127.0.0.1:5432/answerable", /not a test name/],
    ["postgres://postgres@127.0.0.1:5432/production", /not a test name/],
    ["postgres://postgres@127.0.0.1:5432/", /names no database/],
    ["mysql://root@127.0.0.1/answerable_test", /not a postgres/],
    ["not a url", /not a URL/],
  ])("refuses %s", (url, reason) => {
    expect(whyNotDisposable(url)).toMatch(reason);
  });

  it("throws without printing the password", () => {
    expect(() => assertDisposable("postgres://app:s3cret@db.example.gov/live")).toThrow(/Refusing.*db\.example\.gov/);
    expect(() => assertDisposable("postgres://app:s3cret@db.example.gov/live")).not.toThrow(/s3cret/);
  });
});
