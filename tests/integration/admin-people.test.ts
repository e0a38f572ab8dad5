import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { adminAuditLog, userInvitations, users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/domain/access/actor";
import { AppError } from "@/lib/errors";
import type { InvitationNotice } from "@/lib/mail/admin-mail";
import { acceptInvitation } from "@/lib/services/admin/accept-invitation";
import { blockCitizen } from "@/lib/services/admin/block-citizen";
import { changeRole } from "@/lib/services/admin/change-role";
import { inviteStaff } from "@/lib/services/admin/invite-staff";
import { sendPasswordReset } from "@/lib/services/admin/send-password-reset";
import { setActive } from "@/lib/services/admin/set-active";
import { unblockCitizen } from "@/lib/services/admin/unblock-citizen";
import { inspectInvitation } from "@/lib/services/admin/users";
import { type ServiceContext, serviceContext } from "@/lib/services/context";
import {
  listOverdueForUnit,
  saveKnowledgeEntry,
  searchKnowledge,
  setKnowledgeEntryActive,
} from "@/lib/services/knowledge/knowledge-base";
import { sessionActor, unitId } from "./factories";
import { TEST_TARGETS, migratedDatabase } from "./databases";

const NOW = new Date("2026-11-26T08:00:00Z");
const DAY = 86_400_000;

async function expectRefusal(promise: Promise<unknown>, key: string) {
  await expect(promise).rejects.toSatisfy(
    (error: unknown) =>
      error instanceof AppError &&
      Object.values(error.fieldErrors ?? {})
        .flat()
        .includes(key),
  );
}

describe.each(TEST_TARGETS)("administration of people and knowledge on $name", (target) => {
  let connection: Connection;
  let admin: Actor;
  let ctx: ServiceContext;
  let urban: number;
  const mailed: InvitationNotice[] = [];
  const mail = { notify: async (notice: InvitationNotice) => void mailed.push(notice) };
  const lastToken = (email: string) => mailed.filter((m) => m.email === email).at(-1)?.token ?? "";
  const load = async (id: string) => (await connection.db.select().from(users).where(eq(users.id, id)))[0]!;

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 50, now: NOW }));
    admin = await sessionActor(connection.db, "admin@answerable.local");
    ctx = await serviceContext({ db: connection.db, now: NOW });
    urban = await unitId(connection.db, "urban-mgmt");
  });
  afterAll(async () => {
    await connection?.close();
  });

  it("an invitation creates the account without a password; accepting it sets one, once", async () => {
    const { userId } = await inviteStaff(
      { email: "New.Staff@Example.org", name: "New Staff", role: "unit_staff", unitId: urban },
      admin,
      ctx,
      mail,
    );
    const user = await load(userId);
    expect(user).toMatchObject({
      email: "new.staff@example.org",
      role: "unit_staff",
      unitId: urban,
      active: true,
      passwordHash: null,
    });
    const token = lastToken("new.staff@example.org");
    expect(token).toHaveLength(43);
    const [invitation] = await connection.db.select().from(userInvitations).where(eq(userInvitations.userId, userId));
    expect(invitation?.tokenHash).not.toContain(token);
    expect(invitation?.expiresAt.getTime()).toBe(NOW.getTime() + 7 * DAY);
    expect(await inspectInvitation(connection.db, token, NOW)).toMatchObject({
      status: "usable",
      email: "new.staff@example.org",
    });

    await expectRefusal(acceptInvitation({ token, password: "short" }, null, ctx), "passwordTooShort");
    await acceptInvitation({ token, password: "a-long-enough-secret" }, null, ctx);
    expect(await verifyPassword("a-long-enough-secret", (await load(userId)).passwordHash ?? "")).toBe(true);

    await expectRefusal(acceptInvitation({ token, password: "another-long-secret" }, null, ctx), "invitationUsed");
    expect(await verifyPassword("a-long-enough-secret", (await load(userId)).passwordHash ?? "")).toBe(true);
    const audit = await connection.db
      .select()
      .from(adminAuditLog)
      .where(eq(adminAuditLog.subject, `user:${userId}`));
    expect(audit.map((a) => a.action).sort()).toEqual(["user.accept_invitation", "user.invite"]);
  });

  it("refuses an expired link, an unknown link and a second account for one address", async () => {
    await inviteStaff({ email: "late@example.org", name: "Late", role: "operator", unitId: null }, admin, ctx, mail);
    const token = lastToken("late@example.org");
    await expectRefusal(
      acceptInvitation({ token, password: "a-long-enough-secret" }, null, {
        ...ctx,
        now: new Date(NOW.getTime() + 7 * DAY + 1),
      }),
      "invitationExpired",
    );
    await expectRefusal(
      acceptInvitation({ token: "not-a-token", password: "a-long-enough-secret" }, null, ctx),
      "invitationInvalid",
    );
    await expectRefusal(
      inviteStaff({ email: "late@example.org", name: "Again", role: "operator", unitId: null }, admin, ctx, mail),
      "emailTaken",
    );
    await expectRefusal(
      inviteStaff({ email: "nounit@example.org", name: "No unit", role: "unit_head", unitId: null }, admin, ctx, mail),
      "unitRequired",
    );
  });

  it("a password reset link lasts 24 hours, replaces the password and ends every earlier session", async () => {
    const [staff] = await connection.db.select().from(users).where(eq(users.email, "staff.water@answerable.local"));
    expect(staff!.sessionsValidAfter).toBeNull();
    await sendPasswordReset({ userId: staff!.id }, admin, ctx, mail);
    expect((await load(staff!.id)).sessionsValidAfter).toEqual(NOW);
    const token = lastToken("staff.water@answerable.local");
    expect(mailed.at(-1)?.purpose).toBe("reset");
    await expectRefusal(
      acceptInvitation({ token, password: "a-new-reset-secret" }, null, {
        ...ctx,
        now: new Date(NOW.getTime() + DAY + 1),
      }),
      "invitationExpired",
    );
    await acceptInvitation({ token, password: "a-new-reset-secret" }, null, ctx);
    expect(await verifyPassword("a-new-reset-secret", (await load(staff!.id)).passwordHash ?? "")).toBe(true);
  });

  it("changing unit staff to operator clears the unit; operator to unit staff needs one", async () => {
    const [staff] = await connection.db.select().from(users).where(eq(users.email, "staff.urban@answerable.local"));
    await changeRole({ userId: staff!.id, role: "operator", unitId: urban }, admin, ctx);
    expect(await load(staff!.id)).toMatchObject({ role: "operator", unitId: null });
    await expectRefusal(
      changeRole({ userId: staff!.id, role: "unit_staff", unitId: null }, admin, ctx),
      "unitRequired",
    );
    await changeRole({ userId: staff!.id, role: "unit_staff", unitId: urban }, admin, ctx);
    expect(await load(staff!.id)).toMatchObject({ role: "unit_staff", unitId: urban });
    const audit = await connection.db
      .select()
      .from(adminAuditLog)
      .where(and(eq(adminAuditLog.subject, `user:${staff!.id}`), eq(adminAuditLog.action, "user.change_role")));
    expect(audit[0]).toMatchObject({
      before: { role: "unit_staff", unitId: urban },
      after: { role: "operator", unitId: null },
    });
  });

  it("an administrator can neither deactivate nor demote themselves, but can deactivate others", async () => {
    await expectRefusal(setActive({ userId: admin.id, active: false }, admin, ctx), "selfDeactivate");
    await expectRefusal(changeRole({ userId: admin.id, role: "operator", unitId: null }, admin, ctx), "selfDemote");
    expect(await load(admin.id)).toMatchObject({ active: true, role: "admin" });
    const [observer] = await connection.db.select().from(users).where(eq(users.email, "observer@answerable.local"));
    await setActive({ userId: observer!.id, active: false }, admin, ctx);
    expect(await load(observer!.id)).toMatchObject({ active: false, sessionsValidAfter: NOW });
    await setActive({ userId: observer!.id, active: true }, admin, ctx);
    // Sessions begun before the deactivation stay ended.
    expect(await load(observer!.id)).toMatchObject({ active: true, sessionsValidAfter: NOW });
  });

  it("a blocked citizen is inactive with the reason on record; staff cannot be 'blocked'", async () => {
    const [citizen] = await connection.db.select().from(users).where(eq(users.email, "citizen@answerable.local"));
    await blockCitizen({ userId: citizen!.id, reason: "Threatening messages to staff" }, admin, ctx);
    expect(await load(citizen!.id)).toMatchObject({ active: false, blockedReason: "Threatening messages to staff" });
    await unblockCitizen({ userId: citizen!.id }, admin, ctx);
    expect(await load(citizen!.id)).toMatchObject({ active: true, blockedReason: null });
    await expectRefusal(blockCitizen({ userId: admin.id, reason: "x" }, admin, ctx), "notCitizen");
  });

  it("operators find entries by a Chinese or an English word; overdue entries are listed for their unit", async () => {
    const entry = {
      unitId: urban,
      questionZh: "夜间施工噪音扰民怎么办？",
      questionEn: "What can I do about construction noise at night?",
      answerZh: "夜间（22时至次日6时）禁止产生噪声的施工作业，确需连续施工的须取得证明。",
      answerEn: "Noisy construction is not allowed between 22:00 and 06:00 without a permit for continuous work.",
      legalBasis: "《中华人民共和国噪声污染防治法》第四十三条",
      reviewBy: "2026-11-01",
    };
    const { id: overdueId } = await saveKnowledgeEntry(connection.db, entry, admin, { now: NOW });
    const { id: currentId } = await saveKnowledgeEntry(
      connection.db,
      {
        ...entry,
        questionZh: "占道经营如何投诉？",
        questionEn: "How do I report street vending?",
        answerZh: "请提交诉求，由城管部门处理。",
        answerEn: "File a case; urban management will act.",
        legalBasis: null,
        reviewBy: "2027-06-30",
      },
      admin,
      { now: NOW },
    );

    expect((await searchKnowledge(connection.db, "楼下工地晚上噪音太大")).map((e) => e.id)).toContain(overdueId);
    expect((await searchKnowledge(connection.db, "Loud NOISE next door")).map((e) => e.id)).toEqual([overdueId]);
    expect((await searchKnowledge(connection.db, "street vending outside the school")).map((e) => e.id)[0]).toBe(
      currentId,
    );
    expect(await searchKnowledge(connection.db, "100%_")).toEqual([]);

    expect((await listOverdueForUnit(connection.db, urban, "2026-11-26")).map((e) => e.id)).toEqual([overdueId]);
    expect(await listOverdueForUnit(connection.db, urban, "2026-11-01")).toEqual([]);

    await setKnowledgeEntryActive(connection.db, { id: overdueId, active: false }, admin, { now: NOW });
    expect(await listOverdueForUnit(connection.db, urban, "2026-11-26")).toEqual([]);
    expect((await searchKnowledge(connection.db, "噪音")).map((e) => e.id)).not.toContain(overdueId);
  });
});
