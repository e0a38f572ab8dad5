import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { listCategoryGroups, loadCatalogueEntries } from "@/db/queries/filing";
import { adminAuditLog, cases, categories, districts, units } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import type { Actor } from "@/lib/domain/access/actor";
import { routeCase } from "@/lib/domain/cases/routing";
import { AppError } from "@/lib/errors";
import { addDispatchEntry } from "@/lib/services/admin/add-dispatch-entry";
import { saveCategory } from "@/lib/services/admin/save-category";
import { saveCategoryGroup } from "@/lib/services/admin/save-category-group";
import { saveDistrict } from "@/lib/services/admin/save-district";
import { saveUnit } from "@/lib/services/admin/save-unit";
import { setCategoryActive } from "@/lib/services/admin/set-category-active";
import { setUnitActive } from "@/lib/services/admin/set-unit-active";
import { type ServiceContext, serviceContext } from "@/lib/services/context";
import { cachedCatalogueEntries } from "@/lib/services/routing-cache";
import { sessionActor, unitId } from "./factories";
import { TEST_TARGETS, migratedDatabase } from "./databases";

// Tuesday 10 March 2026, 10:00 in Beijing.
const T0 = new Date("2026-03-10T02:00:00Z");

/** The unit fields most tests leave at their defaults. */
const unitExtras = {
  districtId: null,
  requiresReplyApproval: false,
  contactPhone: null,
  contactEmail: null,
  contactAddress: null,
};

/** Expects a validation refusal carrying exactly these field → error keys. */
async function expectRefused(promise: Promise<unknown>, fieldErrors: Record<string, string[]>) {
  await expect(promise).rejects.toSatisfy(
    (error: unknown) =>
      error instanceof AppError &&
      error.code === "validation" &&
      JSON.stringify(error.fieldErrors) === JSON.stringify(fieldErrors),
  );
}

describe.each(TEST_TARGETS)("admin organisation services on $name", (target) => {
  let connection: Connection;
  let ctx: ServiceContext;
  let admin: Actor;
  let city: number, water: number, urban: number, health: number;
  let waterQuality: number, dongcheng: number;

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    const now = new Date("2026-11-26T08:00:00Z");
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 50, now }));
    ctx = await serviceContext({ db: connection.db, now: T0 });
    admin = await sessionActor(connection.db, "admin@answerable.local");
    city = await unitId(connection.db, "city");
    water = await unitId(connection.db, "water-group");
    urban = await unitId(connection.db, "urban-mgmt");
    health = await unitId(connection.db, "health");
    waterQuality = (await connection.db.select().from(categories).where(eq(categories.code, "water-quality")))[0]!.id;
    dongcheng = (await connection.db.select().from(districts).where(eq(districts.code, "dongcheng")))[0]!.id;
  });
  afterAll(async () => {
    await connection?.close();
  });

  const auditRows = (subjects: string[]) =>
    connection.db.select().from(adminAuditLog).where(inArray(adminAuditLog.subject, subjects));

  it("creates and edits units, and refuses a parent that would close a loop", async () => {
    const a = await saveUnit(
      { ...unitExtras, code: "test-a", nameZh: "测试甲", nameEn: "Test A", unitClass: "city_bureau", parentId: city },
      admin,
      ctx,
    );
    const b = await saveUnit(
      { ...unitExtras, code: "test-b", nameZh: "测试乙", nameEn: "Test B", unitClass: "street_office", parentId: a.id },
      admin,
      ctx,
    );
    const c = await saveUnit(
      { ...unitExtras, code: "test-c", nameZh: "测试丙", nameEn: "Test C", unitClass: "street_office", parentId: b.id },
      admin,
      ctx,
    );

    await expectRefused(
      saveUnit(
        { ...unitExtras, unitId: a.id, nameZh: "测试甲", nameEn: "Test A", unitClass: "city_bureau", parentId: a.id },
        admin,
        ctx,
      ),
      { parentId: ["parentCycle"] },
    );
    await expectRefused(
      saveUnit(
        { ...unitExtras, unitId: a.id, nameZh: "测试甲", nameEn: "Test A", unitClass: "city_bureau", parentId: c.id },
        admin,
        ctx,
      ),
      { parentId: ["parentCycle"] },
    );
    await expectRefused(
      saveUnit(
        {
          ...unitExtras,
          code: "test-a",
          nameZh: "重复",
          nameEn: "Duplicate",
          unitClass: "city_bureau",
          parentId: null,
        },
        admin,
        ctx,
      ),
      { code: ["codeTaken"] },
    );

    // Moving C up under A is fine; the refused changes left nothing behind.
    const moved = await saveUnit(
      {
        ...unitExtras,
        unitId: c.id,
        nameZh: "测试丙",
        nameEn: "Test C renamed",
        unitClass: "street_office",
        parentId: a.id,
      },
      admin,
      ctx,
    );
    expect(moved).toMatchObject({ parentId: a.id, nameEn: "Test C renamed", code: "test-c" });
    const [stored] = await connection.db.select().from(units).where(eq(units.id, a.id));
    expect(stored?.parentId).toBe(city);

    const audit = await auditRows(["unit:test-a", "unit:test-b", "unit:test-c"]);
    expect(audit.map((r) => [r.subject, r.action])).toEqual([
      ["unit:test-a", "unit.create"],
      ["unit:test-b", "unit.create"],
      ["unit:test-c", "unit.create"],
      ["unit:test-c", "unit.update"],
    ]);
    expect(audit.every((r) => r.actorUserId === admin.id)).toBe(true);
    expect(audit[3]?.before).toMatchObject({ parentId: b.id, nameEn: "Test C" });
    expect(audit[3]?.after).toMatchObject({ parentId: a.id, nameEn: "Test C renamed" });
  });

  it("creates, edits and deactivates a category; an inactive one leaves the filing form", async () => {
    const [base] = await connection.db.select().from(categories).where(eq(categories.code, "street-light"));
    const created = await saveCategory(
      {
        code: "test-potholes",
        groupId: base!.groupId,
        nameZh: "路面坑洼",
        nameEn: "Potholes",
        slaPolicyId: base!.slaPolicyId,
        keywordsZh: ["坑洼"],
        keywordsEn: ["pothole"],
      },
      admin,
      ctx,
    );
    await expectRefused(
      saveCategory(
        {
          code: "test-potholes",
          groupId: 999_999,
          nameZh: "x",
          nameEn: "x",
          slaPolicyId: base!.slaPolicyId,
          keywordsZh: [],
          keywordsEn: [],
        },
        admin,
        ctx,
      ),
      { groupId: ["invalid"], code: ["codeTaken"] },
    );
    await saveCategory(
      {
        categoryId: created.id,
        groupId: base!.groupId,
        nameZh: "道路坑洼",
        nameEn: "Potholes in the road",
        slaPolicyId: base!.slaPolicyId,
        keywordsZh: ["坑洼", "路面"],
        keywordsEn: ["pothole"],
      },
      admin,
      ctx,
    );

    const offered = async () => (await listCategoryGroups(connection.db)).flatMap((g) => g.categories.map((c) => c.id));
    expect(await offered()).toContain(created.id);
    const off = await setCategoryActive({ categoryId: created.id, active: false }, admin, ctx);
    expect(off.active).toBe(false);
    expect(await offered()).not.toContain(created.id);

    const audit = await auditRows(["category:test-potholes"]);
    expect(audit.map((r) => r.action)).toEqual(["category.create", "category.update", "category.deactivate"]);
    expect(audit[2]).toMatchObject({ before: { active: true }, after: { active: false } });
  });

  it("refuses an entry led by an inactive unit, with an inactive co-unit, or with the lead among the co-units", async () => {
    const closed = await saveUnit(
      {
        ...unitExtras,
        code: "test-closed",
        nameZh: "已撤销",
        nameEn: "Closed office",
        unitClass: "city_bureau",
        parentId: null,
      },
      admin,
      ctx,
    );
    await setUnitActive({ unitId: closed.id, active: false }, admin, ctx);
    const entry = { categoryId: waterQuality, districtId: null, effectiveFrom: "2026-05-01" };
    await expectRefused(addDispatchEntry({ ...entry, leadUnitId: closed.id, coUnitIds: [] }, admin, ctx), {
      leadUnitId: ["unitInactive"],
    });
    await expectRefused(addDispatchEntry({ ...entry, leadUnitId: water, coUnitIds: [closed.id, water] }, admin, ctx), {
      coUnitIds: ["leadAmongCoUnits", "unitInactive"],
    });
    const catalogue = await loadCatalogueEntries(connection.db, waterQuality);
    expect(catalogue.some((e) => e.effectiveFrom === "2026-05-01")).toBe(false);
  });

  it("a new entry with a later date wins for new cases from that date, and the cached catalogue sees it", async () => {
    const before = await cachedCatalogueEntries(connection.db, waterQuality);
    const subject = { categoryId: waterQuality, districtId: dongcheng };
    const old = routeCase(before, subject, "2026-04-01");
    expect(old).toMatchObject({ kind: "route", entry: { leadUnitId: water } });

    const added = await addDispatchEntry(
      {
        categoryId: waterQuality,
        districtId: null,
        leadUnitId: urban,
        coUnitIds: [health],
        effectiveFrom: "2026-04-01",
      },
      admin,
      ctx,
    );
    const after = await cachedCatalogueEntries(connection.db, waterQuality);
    expect(routeCase(after, subject, "2026-03-31")).toMatchObject({ kind: "route", entry: { leadUnitId: water } });
    expect(routeCase(after, subject, "2026-04-01")).toEqual({
      kind: "route",
      entry: expect.objectContaining({ id: added.id, leadUnitId: urban, coUnitIds: [health] }),
    });

    await expectRefused(
      addDispatchEntry(
        { categoryId: waterQuality, districtId: null, leadUnitId: health, coUnitIds: [], effectiveFrom: "2026-04-01" },
        admin,
        ctx,
      ),
      { effectiveFrom: ["entryExists"] },
    );

    const [audit] = await auditRows([`dispatch-entry:${added.id}`]);
    expect(audit).toMatchObject({
      action: "catalogue.add_entry",
      actorUserId: admin.id,
      after: { leadUnitId: urban, coUnitIds: [health], effectiveFrom: "2026-04-01" },
    });
    expect(audit?.before).toMatchObject({ leadUnitId: water });
  });

  it("refuses to deactivate the lead of an entry in force or scheduled, and allows it once the entry is superseded", async () => {
    const lead = await saveUnit(
      {
        ...unitExtras,
        code: "test-lead",
        nameZh: "测试牵头",
        nameEn: "Test lead",
        unitClass: "city_bureau",
        parentId: null,
      },
      admin,
      ctx,
    );
    const [category] = await connection.db.select().from(categories).where(eq(categories.code, "street-light"));
    await addDispatchEntry(
      {
        categoryId: category!.id,
        districtId: dongcheng,
        leadUnitId: lead.id,
        coUnitIds: [],
        effectiveFrom: "2026-03-01",
      },
      admin,
      ctx,
    );
    await expectRefused(setUnitActive({ unitId: lead.id, active: false }, admin, ctx), {
      form: ["leadOfEntryInForce"],
    });

    // Replaced from a date still ahead: the old entry is in force until then.
    await addDispatchEntry(
      {
        categoryId: category!.id,
        districtId: dongcheng,
        leadUnitId: urban,
        coUnitIds: [],
        effectiveFrom: "2026-03-20",
      },
      admin,
      ctx,
    );
    await expectRefused(setUnitActive({ unitId: lead.id, active: false }, admin, ctx), {
      form: ["leadOfEntryInForce"],
    });
    const later = { ...ctx, now: new Date("2026-03-20T02:00:00Z") };
    const off = await setUnitActive({ unitId: lead.id, active: false }, admin, later);
    expect(off.active).toBe(false);

    const audit = await connection.db
      .select()
      .from(adminAuditLog)
      .where(and(eq(adminAuditLog.subject, "unit:test-lead"), eq(adminAuditLog.action, "unit.deactivate")));
    expect(audit).toHaveLength(1);
  });

  it("edits a unit's district, reply approval and contacts, with before and after in the audit log", async () => {
    const unit = await saveUnit(
      {
        ...unitExtras,
        code: "test-contacts",
        nameZh: "测试联系",
        nameEn: "Test contacts",
        unitClass: "district",
        parentId: city,
      },
      admin,
      ctx,
    );
    await expectRefused(
      saveUnit(
        {
          ...unitExtras,
          unitId: unit.id,
          nameZh: "测试联系",
          nameEn: "Test contacts",
          unitClass: "district",
          parentId: city,
          districtId: 999_999,
        },
        admin,
        ctx,
      ),
      { districtId: ["invalid"] },
    );
    const edited = await saveUnit(
      {
        unitId: unit.id,
        nameZh: "测试联系",
        nameEn: "Test contacts",
        unitClass: "district",
        parentId: city,
        districtId: dongcheng,
        requiresReplyApproval: true,
        contactPhone: "0571-1234 5678",
        contactEmail: "office@example.gov",
        contactAddress: "1 Main Road",
      },
      admin,
      ctx,
    );
    expect(edited).toMatchObject({
      districtId: dongcheng,
      requiresReplyApproval: true,
      contactPhone: "0571-1234 5678",
      contactEmail: "office@example.gov",
      contactAddress: "1 Main Road",
    });
    const audit = await connection.db
      .select()
      .from(adminAuditLog)
      .where(and(eq(adminAuditLog.subject, "unit:test-contacts"), eq(adminAuditLog.action, "unit.update")));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.before).toMatchObject({ districtId: null, requiresReplyApproval: false, contactPhone: null });
    expect(audit[0]?.after).toMatchObject({
      districtId: dongcheng,
      requiresReplyApproval: true,
      contactPhone: "0571-1234 5678",
    });
  });

  it("refuses to deactivate a unit that still has open cases, as lead or co-unit", async () => {
    const [open] = await connection.db
      .select({ lead: cases.leadUnitId })
      .from(cases)
      .where(and(inArray(cases.status, ["dispatched", "signed_for", "in_progress"]), isNotNull(cases.leadUnitId)))
      .limit(1);
    expect(open?.lead).toBeTruthy();
    await expectRefused(setUnitActive({ unitId: open!.lead!, active: false }, admin, ctx), {
      form: ["unitHasOpenCases"],
    });
    const [stored] = await connection.db.select({ active: units.active }).from(units).where(eq(units.id, open!.lead!));
    expect(stored?.active).toBe(true);
  });

  it("adds a district and a category group by a new code and renames them by an existing one, audited", async () => {
    const added = await saveDistrict({ code: "test-north", nameZh: "北区", nameEn: "North" }, admin, ctx);
    const renamed = await saveDistrict({ code: "test-north", nameZh: "北城区", nameEn: "North City" }, admin, ctx);
    expect(renamed).toMatchObject({ id: added.id, nameZh: "北城区", nameEn: "North City" });
    await saveDistrict({ code: "test-north", nameZh: "北城区", nameEn: "North City" }, admin, ctx);
    const group = await saveCategoryGroup({ code: "test-parks", nameZh: "园林绿化", nameEn: "Parks" }, admin, ctx);
    expect(group.code).toBe("test-parks");
    const audit = await auditRows(["district:test-north", "category_group:test-parks"]);
    expect(audit.map((r) => r.action)).toEqual(["district.create", "district.update", "category_group.create"]);
    expect(audit[1]).toMatchObject({ before: { nameEn: "North" }, after: { nameEn: "North City" } });
  });
});
