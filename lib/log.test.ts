import { describe, expect, it } from "vitest";
import { errorForLog } from "./log";

const CANARY = "13912345678";

describe("errorForLog", () => {
  it("logs a failed query by its SQLSTATE, constraint and SQL text, never the values it was given", () => {
    const cause = Object.assign(new Error(`invalid input syntax for type integer: "${CANARY}"`), {
      code: "22P02",
      severity: "ERROR",
    });
    const failure = Object.assign(new Error(`Failed query: insert into x values ($1)\nparams: ${CANARY}`), {
      query: "insert into x values ($1)",
      params: [CANARY],
      cause,
    });
    const logged = errorForLog(failure);
    expect(JSON.stringify(logged)).not.toContain(CANARY);
    expect(logged).toMatchObject({ name: "database_error", code: "22P02", query: "insert into x values ($1)" });
  });

  it("keeps an ordinary error's message and names a unique violation's constraint", () => {
    expect(errorForLog(new TypeError("x is not a function"))).toEqual({
      name: "TypeError",
      message: "x is not a function",
    });
    const unique = Object.assign(new Error(`duplicate key value violates unique constraint (phone)=(${CANARY})`), {
      code: "23505",
      constraint_name: "contacts_phone_key",
      table_name: "case_contacts",
    });
    const logged = errorForLog(unique);
    expect(JSON.stringify(logged)).not.toContain(CANARY);
    expect(logged.message).toBe("constraint contacts_phone_key, table case_contacts");
  });
});
