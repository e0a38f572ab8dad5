import { describe, expect, it } from "vitest";
import { eventHash, firstBrokenLink } from "./event-hash";

function chain(notes: string[]) {
  let prev: string | null = null;
  return notes.map((note, i) => {
    const fields = {
      caseId: 1,
      event: "add_note",
      fromStatus: "in_progress",
      toStatus: "in_progress",
      actorUserId: null,
      actorRole: "system",
      unitId: null,
      note,
      isPublic: false,
      occurredAt: new Date(Date.UTC(2026, 0, 1, i)),
      data: null,
    };
    const hash = eventHash(prev, fields);
    const row = { ...fields, prevHash: prev, hash };
    prev = hash;
    return row;
  });
}

describe("event hash chain", () => {
  it("an intact chain verifies", () => {
    expect(firstBrokenLink(chain(["a", "b", "c"]))).toBe(-1);
  });

  it("an edited event is found", () => {
    const events = chain(["a", "b", "c"]);
    events[1] = { ...events[1]!, note: "tampered" };
    expect(firstBrokenLink(events)).toBe(1);
  });

  it("does not depend on the order of keys in the event's data (jsonb reorders them)", () => {
    const [event] = chain(["a"]);
    const fields = { ...event!, data: { leadUnitId: 1, coUnitIds: [2, 3] } };
    expect(eventHash(null, fields)).toBe(eventHash(null, { ...fields, data: { coUnitIds: [2, 3], leadUnitId: 1 } }));
  });

  it("a removed event is found", () => {
    const events = chain(["a", "b", "c"]);
    expect(firstBrokenLink([events[0]!, events[2]!])).toBe(1);
  });
});
