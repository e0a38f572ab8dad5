import { describe, expect, it } from "vitest";
import { workerCount } from "./workers";

describe("workerCount", () => {
  it("is one unless asked for more", () => {
    expect(workerCount({ requested: undefined, cores: 8, embeddedDatabase: false })).toBe(1);
    expect(workerCount({ requested: "", cores: 8, embeddedDatabase: false })).toBe(1);
  });

  it("takes a whole number, or one per core for auto", () => {
    expect(workerCount({ requested: "3", cores: 8, embeddedDatabase: false })).toBe(3);
    expect(workerCount({ requested: "auto", cores: 2, embeddedDatabase: false })).toBe(2);
    expect(workerCount({ requested: " AUTO ", cores: 4, embeddedDatabase: false })).toBe(4);
  });

  it("ignores nonsense rather than starting zero or thousands of workers", () => {
    for (const requested of ["0", "-2", "1.5", "many", "1000"])
      expect(workerCount({ requested, cores: 2, embeddedDatabase: false })).toBe(1);
  });

  it("is always one on the embedded database, which lives inside one process", () => {
    expect(workerCount({ requested: "4", cores: 4, embeddedDatabase: true })).toBe(1);
    expect(workerCount({ requested: "auto", cores: 4, embeddedDatabase: true })).toBe(1);
  });
});
