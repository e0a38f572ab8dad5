import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { listAdminChanges, listChangesToSubject } from "@/db/queries/audit";
import { listCategoryNames, listDispatchEntries, listUnitNames, listUnitsWithParent } from "@/db/queries/organisation";
import { findAccount, listAccounts, listInvitedUserIds, listStaffAccounts } from "@/db/queries/users";
import { seedDatabase } from "@/db/seed";
import { ROLES } from "@/lib/domain/access/roles";
import { inviteStaff } from "@/lib/services/admin/invite-staff";
import { saveSettings } from "@/lib/services/admin/save-settings";
import { SETTINGS_AUDIT_SUBJECT } from "@/lib/services/admin/settings";
import { serviceContext } from "@/lib/services/context";
import { sessionActor, unitId } from "./factories";
import { TEST_TARGETS, migratedDatabase } from "./databases";

const NOW = new Date("2026-11-26T08:00:00Z");

// The reads the administration pages make (db/queries): their filters, order and what they leave out.
describe.each(TEST_TARGETS)("administration queries on $name", (target) => {
  let connection: Connection;
  let adminId: string;
  let invitedId: string;

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 0, now: NOW }));
    const admin = await sessionActor(connection.db, "admin@answerable.local");
    adminId = admin.id;
    const ctx = await serviceContext({ db: connection.db, now: NOW });
    const urban = await unitId(connection.db, "urban-mgmt");
    ({ userId: invitedId } = await inviteStaff(
      { email: "invited@example.org", name: "Invited", role: "unit_staff", unitId: urban },
      admin,
      ctx,
      { notify: async () => undefined },
    ));
    await saveSettings({ rehandleLimit: 3 }, admin, ctx);
  });
  afterAll(async () => {
    await connection?.close();
  });

  it("lists accounts by filter, role then email, and never carries a password hash", async () => {
    const staff = await listAccounts(connection.db, "staff", 500);
    expect(staff.some((a) => a.role === "citizen")).toBe(false);
    // The role enum's order, then email.
    const rank = (a: (typeof staff)[number]) => `${ROLES.indexOf(a.role)} ${a.email}`;
    expect(staff.map(rank)).toEqual(staff.map(rank).sort());
    expect((await listAccounts(connection.db, "citizen", 500)).map((a) => a.email)).toEqual([
      "citizen@answerable.local",
    ]);
    expect(await listAccounts(connection.db, "all", 2)).toHaveLength(2);
    for (const row of [...staff, ...(await listStaffAccounts(connection.db))])
      expect(row).not.toHaveProperty("passwordHash");
  });

  it("says whether an account has a password without loading it, and who is still only invited", async () => {
    expect(await findAccount(connection.db, adminId)).toMatchObject({ role: "admin", hasPassword: true });
    const invited = await findAccount(connection.db, invitedId);
    expect(invited).toMatchObject({ email: "invited@example.org", hasPassword: false, unitEn: expect.any(String) });
    expect(invited).not.toHaveProperty("passwordHash");
    expect(await findAccount(connection.db, "no-such-user")).toBeNull();
    expect(await listInvitedUserIds(connection.db)).toEqual([invitedId]);
  });

  it("filters the audit log by area and pages it by id, newest first", async () => {
    const all = await listAdminChanges(connection.db, { area: null, beforeId: null, limit: 50 });
    expect(all.map((r) => r.id)).toEqual([...all.map((r) => r.id)].sort((a, b) => b - a));
    const userChanges = await listAdminChanges(connection.db, { area: "users", beforeId: null, limit: 50 });
    expect(userChanges.length).toBeGreaterThan(0);
    expect(userChanges.every((r) => r.subject.startsWith("user:"))).toBe(true);
    const settings = await listAdminChanges(connection.db, { area: "settings", beforeId: null, limit: 50 });
    expect(settings.map((r) => r.subject)).toEqual(["settings"]);
    expect(settings[0]).toMatchObject({ email: "admin@answerable.local" });
    const older = await listAdminChanges(connection.db, { area: null, beforeId: all[0]!.id, limit: 50 });
    expect(older.map((r) => r.id)).toEqual(all.slice(1).map((r) => r.id));
    expect((await listChangesToSubject(connection.db, SETTINGS_AUDIT_SUBJECT, 20)).map((r) => r.id)).toEqual(
      settings.map((r) => r.id),
    );
  });

  it("lists units and categories in id order, and one category's dispatch entries with their co-units", async () => {
    const units = await listUnitNames(connection.db);
    expect(units.map((u) => u.id)).toEqual([...units.map((u) => u.id)].sort((a, b) => a - b));
    expect((await listUnitsWithParent(connection.db)).map((u) => u.id)).toEqual(units.map((u) => u.id));
    const [category] = await listCategoryNames(connection.db);
    const all = await listDispatchEntries(connection.db, null);
    const one = await listDispatchEntries(connection.db, category!.id);
    expect(one.length).toBeGreaterThan(0);
    expect(one).toEqual(all.filter((e) => e.categoryId === category!.id));
    expect(all.every((e) => Array.isArray(e.coUnits))).toBe(true);
  });
});
