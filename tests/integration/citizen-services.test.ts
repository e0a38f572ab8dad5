import { asc, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import {
  caseAttachments,
  caseContacts,
  caseEvents,
  caseFeedback,
  caseVoices,
  cases,
  categories,
  districts,
  mailOutbox,
  units,
  users,
} from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { parseCaseReference } from "@/lib/domain/cases/reference";
import { AppError } from "@/lib/errors";
import { processPhoto } from "@/lib/services/attachments/process-photo";
import { addVoice } from "@/lib/services/cases/add-voice";
import { firstBrokenLink } from "@/lib/services/cases/event-hash";
import { type FileCaseInput, type FilingNotice, fileCase, findCaseByProof } from "@/lib/services/cases/file-case";
import { giveFeedback } from "@/lib/services/cases/give-feedback";
import { findSimilarOpenCases } from "@/lib/services/cases/similar-cases";
import { type CaseActor, transitionCase } from "@/lib/services/cases/transition";
import { type ServiceContext, serviceContext } from "@/lib/services/context";
import { TEST_TARGETS, migratedDatabase } from "./databases";

const NOW = new Date("2026-11-26T08:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

async function photoWithExif(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .jpeg()
    .withMetadata({ exif: { IFD0: { Copyright: "secret" } } })
    .toBuffer();
}

describe.each(TEST_TARGETS)("citizen services on $name", (target) => {
  let connection: Connection;
  let ctx: ServiceContext;
  const notices: FilingNotice[] = [];
  const notify = async (notice: FilingNotice) => {
    notices.push(notice);
  };
  let streetLight: number;
  let ebikeCharging: number;
  let dongcheng: number;
  let urbanMgmt: number;
  let urbanStaff: CaseActor;
  let key = 0;

  const filing = (overrides: Partial<FileCaseInput> = {}): FileCaseInput => ({
    type: "complaint",
    categoryId: streetLight,
    districtId: dongcheng,
    street: "Donghu",
    title: "Street light out on Lakeside Road",
    description: "The lamp opposite number 12 has been dark for a week.",
    name: "Wang Fang",
    phone: "13912345678",
    email: "wang.fang@example.cn",
    address: "12 Lakeside Road",
    mayPublish: true,
    anonymous: false,
    idempotencyKey: `test-key-${target.name}-${++key}-abcdefgh`,
    ...overrides,
  });

  async function bringToReplied(caseId: number, at: Date) {
    const db = connection.db;
    const [row] = await db.select({ status: cases.status }).from(cases).where(eq(cases.id, caseId));
    if (row?.status === "dispatched")
      await transitionCase({ caseId, event: "sign_for", actor: urbanStaff, now: at }, db);
    await transitionCase({ caseId, event: "record_contact", actor: urbanStaff, now: at }, db);
    await transitionCase(
      {
        caseId,
        event: "reply",
        actor: urbanStaff,
        now: at,
        apply: ({ now }) => ({
          repliedAt: now,
          replyOutcome: "explained",
          replyText: "We have replaced the lamp.",
          feedbackDueAt: new Date(now.getTime() + 7 * DAY),
        }),
      },
      db,
    );
  }

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 200, now: NOW }));
    ctx = await serviceContext({ db: connection.db, now: NOW });
    const id = async (table: typeof categories | typeof districts | typeof units, code: string) => {
      const [row] = await connection.db.select({ id: table.id }).from(table).where(eq(table.code, code));
      if (!row) throw new Error(`no ${code}`);
      return row.id;
    };
    streetLight = await id(categories, "street-light");
    ebikeCharging = await id(categories, "ebike-charging");
    dongcheng = await id(districts, "dongcheng");
    urbanMgmt = await id(units, "urban-mgmt");
    const [staff] = await connection.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "staff.urban@answerable.local"));
    urbanStaff = { userId: staff?.id ?? null, role: "unit_staff", unitId: urbanMgmt };
  });
  afterAll(async () => {
    await connection?.close();
  });

  it("files a case with reference, contact, photo and submit event, and auto-dispatches a routable category", async () => {
    const photo = await processPhoto(await photoWithExif());
    const result = await fileCase({ ...filing(), photos: [photo] }, { userId: null, role: null }, ctx, notify);

    expect(result.duplicate).toBe(false);
    expect(result.autoDispatched).toBe(true);
    expect(parseCaseReference(result.reference)).toMatchObject({ year: 2026 });
    expect(result.trackingCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);

    const [row] = await connection.db.select().from(cases).where(eq(cases.id, result.caseId));
    expect(row).toMatchObject({
      status: "dispatched",
      channel: "web",
      leadUnitId: urbanMgmt,
      citizenUserId: null,
      mayPublish: true,
    });
    expect(row?.replyDueAt).toBeInstanceOf(Date);
    expect(row?.trackingCodeHash).not.toContain(result.trackingCode);
    // Personal data lives apart from the case text.
    const [contact] = await connection.db.select().from(caseContacts).where(eq(caseContacts.caseId, result.caseId));
    expect(contact).toMatchObject({
      name: "Wang Fang",
      phone: "13912345678",
      email: "wang.fang@example.cn",
      address: "12 Lakeside Road",
    });

    const events = await connection.db
      .select()
      .from(caseEvents)
      .where(eq(caseEvents.caseId, result.caseId))
      .orderBy(asc(caseEvents.id));
    expect(events.map((e) => [e.event, e.toStatus, e.actorRole, e.isPublic])).toEqual([
      ["submit", "submitted", "citizen", true],
      ["auto_dispatch", "dispatched", "system", true],
    ]);
    expect(firstBrokenLink(events)).toBe(-1);

    const attachments = await connection.db
      .select()
      .from(caseAttachments)
      .where(eq(caseAttachments.caseId, result.caseId));
    expect(attachments).toHaveLength(1);
    expect((await sharp(attachments[0]?.content).metadata()).exif).toBeUndefined();

    expect(notices.at(-1)).toMatchObject({
      reference: result.reference,
      trackingCode: result.trackingCode,
      citizenEmail: "wang.fang@example.cn",
      leadUnitId: urbanMgmt,
    });
    expect(
      await findCaseByProof(connection.db, result.reference.toLowerCase(), result.trackingCode?.toLowerCase() ?? ""),
    ).toMatchObject({ id: result.caseId });
    expect(await findCaseByProof(connection.db, result.reference, "WRONGCDE")).toBeNull();
  });

  it("takes the next sequence of the year for each case", async () => {
    const first = await fileCase(filing(), { userId: null, role: null }, ctx, notify);
    const second = await fileCase(filing(), { userId: null, role: null }, ctx, notify);
    expect(parseCaseReference(second.reference)?.sequence).toBe(
      (parseCaseReference(first.reference)?.sequence ?? 0) + 1,
    );
  });

  it("leaves a case the catalogue cannot route waiting for the dispatch centre", async () => {
    const result = await fileCase(
      filing({ categoryId: ebikeCharging, title: "E-bikes charged in the stairwell" }),
      { userId: null, role: null },
      ctx,
      notify,
    );
    const [row] = await connection.db.select().from(cases).where(eq(cases.id, result.caseId));
    expect(result.autoDispatched).toBe(false);
    expect(row).toMatchObject({ status: "submitted", leadUnitId: null, replyDueAt: null });
    expect(notices.at(-1)?.leadUnitId).toBeNull();
  });

  it("files once when the same form is submitted twice", async () => {
    const input = filing();
    const first = await fileCase(input, { userId: null, role: null }, ctx, notify);
    const again = await fileCase(input, { userId: null, role: null }, ctx, notify);
    expect(again).toMatchObject({
      caseId: first.caseId,
      reference: first.reference,
      duplicate: true,
      trackingCode: null,
    });
    const rows = await connection.db
      .select({ id: cases.id })
      .from(cases)
      .where(eq(cases.idempotencyKey, input.idempotencyKey));
    expect(rows).toHaveLength(1);
  });

  it("keeps no name, phone or address of an anonymous filer, and lets operators enter a caller's channel", async () => {
    const anonymous = await fileCase(
      filing({
        anonymous: true,
        title: "Wang Fang: light out at 12 Lakeside Road",
        description: "Call me on 139 1234 5678 or write to wang.fang@example.cn.",
      }),
      { userId: null, role: null },
      ctx,
      notify,
    );
    const [contact] = await connection.db.select().from(caseContacts).where(eq(caseContacts.caseId, anonymous.caseId));
    expect(contact).toMatchObject({ name: null, phone: null, email: null, address: null });
    // What is not kept cannot redact later: the text loses the filer's contact at filing.
    const [text] = await connection.db
      .select({ title: cases.title, description: cases.description })
      .from(cases)
      .where(eq(cases.id, anonymous.caseId));
    expect(text).toEqual({ title: "***: light out at ***", description: "Call me on *** or write to ***." });

    const [operator] = await connection.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "operator@answerable.local"));
    const entered = await fileCase(
      { ...filing(), channel: "letter" },
      { userId: operator?.id ?? null, role: "operator" },
      ctx,
      notify,
    );
    const [row] = await connection.db
      .select({ channel: cases.channel, citizenUserId: cases.citizenUserId })
      .from(cases)
      .where(eq(cases.id, entered.caseId));
    expect(row).toEqual({ channel: "letter", citizenUserId: null });
  });

  it("queues the receipt in the filing's transaction: by mail, or by text message when only a phone was given", async () => {
    const byMail = await fileCase(filing(), { userId: null, role: null }, ctx);
    const byPhone = await fileCase(filing({ email: undefined }), { userId: null, role: null }, ctx);
    const receipts = await connection.db
      .select({ channel: mailOutbox.channel, to: mailOutbox.toAddress, body: mailOutbox.body })
      .from(mailOutbox);
    const about = (reference: string) => receipts.filter((r) => r.body?.includes(reference));
    expect(about(byMail.reference).map((r) => [r.channel, r.to])).toContainEqual(["mail", "wang.fang@example.cn"]);
    expect(about(byPhone.reference).map((r) => [r.channel, r.to])).toEqual(
      expect.arrayContaining([["sms", "13912345678"]]),
    );
    expect(about(byPhone.reference).some((r) => r.channel === "mail" && r.to === "wang.fang@example.cn")).toBe(false);
  });

  it("refuses an unknown category", async () => {
    await expect(
      fileCase(filing({ categoryId: 999_999 }), { userId: null, role: null }, ctx, notify),
    ).rejects.toMatchObject({ code: "validation", fieldErrors: { categoryId: ["invalid"] } });
  });

  it("finds similar open published cases, redacted, and takes a voice once per signed-in citizen", async () => {
    const filed = await fileCase(
      filing({
        title: "Broken street light at 12 Lakeside Road, call 13912345678",
        address: "12 Lakeside Road, flat 3",
      }),
      { userId: null, role: null },
      ctx,
      notify,
    );
    const similar = await findSimilarOpenCases(
      { categoryId: streetLight, districtId: dongcheng, text: "Broken street light", point: null, withinMetres: 250 },
      connection.db,
    );
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.length).toBeLessThanOrEqual(5);
    // The street and number of the filer's address go too, though the flat was not typed.
    expect(similar[0]).toMatchObject({ reference: filed.reference, title: "Broken street light at ***, call ***" });

    const [citizen] = await connection.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "citizen@answerable.local"));
    expect(await addVoice(filed.reference, { userId: citizen?.id ?? null }, ctx)).toEqual({
      reference: filed.reference,
      alreadyAdded: false,
    });
    expect(await addVoice(filed.reference, { userId: citizen?.id ?? null }, ctx)).toEqual({
      reference: filed.reference,
      alreadyAdded: true,
    });
    await addVoice(filed.reference, { userId: null }, ctx);
    const voices = await connection.db.select().from(caseVoices).where(eq(caseVoices.caseId, filed.caseId));
    expect(voices).toHaveLength(2);
    const [row] = await connection.db.select({ status: cases.status }).from(cases).where(eq(cases.id, filed.caseId));
    expect(row?.status).toBe("dispatched");
  });

  it("takes feedback only on a replied case, sends back within the limit, then closes", async () => {
    const filed = await fileCase(filing(), { userId: null, role: null }, ctx, notify);
    const proof = { reference: filed.reference, trackingCode: filed.trackingCode ?? "" };
    const guest = { userId: null, role: "citizen" as const, proof };
    const unhappy = {
      caseId: filed.caseId,
      contacted: true,
      solved: false,
      satisfaction: "dissatisfied" as const,
      comment: "Still dark.",
      decision: "send_back" as const,
    };

    // Not replied yet.
    await expect(giveFeedback(unhappy, guest, ctx)).rejects.toMatchObject({ code: "invalid_transition" });

    await bringToReplied(filed.caseId, NOW);
    // A wrong code or another citizen's account proves nothing, and says nothing.
    await expect(
      giveFeedback(unhappy, { ...guest, proof: { ...proof, trackingCode: "WRONGCDE" } }, ctx),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(giveFeedback(unhappy, { userId: urbanStaff.userId, role: "citizen" }, ctx)).rejects.toMatchObject({
      code: "not_found",
    });
    // Sending back a solved case the citizen is happy with is refused.
    await expect(
      giveFeedback({ ...unhappy, solved: true, satisfaction: "satisfied" }, guest, ctx),
    ).rejects.toMatchObject({ code: "validation", fieldErrors: { decision: ["sendBackNeedsReason"] } });

    const [before] = await connection.db.select().from(cases).where(eq(cases.id, filed.caseId));
    for (let round = 0; round < ctx.settings.rehandleLimit; round++) {
      const later = { ...ctx, now: new Date(NOW.getTime() + (round + 3) * DAY) };
      if (round > 0) await bringToReplied(filed.caseId, later.now);
      const result = await giveFeedback(unhappy, guest, later);
      expect(result).toEqual({ reference: filed.reference, outcome: "sent_back", round });
      const [row] = await connection.db.select().from(cases).where(eq(cases.id, filed.caseId));
      expect(row).toMatchObject({
        status: "dispatched",
        leadUnitId: urbanMgmt,
        rehandleCount: round + 1,
        clockStartedAt: later.now,
        feedbackDueAt: null,
      });
      expect(row?.replyDueAt?.getTime()).toBeGreaterThan(before?.replyDueAt?.getTime() ?? Infinity);
    }

    // Beyond the limit: refused, with a field error, and nothing written.
    const last = { ...ctx, now: new Date(NOW.getTime() + 10 * DAY) };
    await bringToReplied(filed.caseId, last.now);
    const refusal = await giveFeedback(unhappy, guest, last).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: "validation", fieldErrors: { decision: ["rehandleLimit"] } });

    const closed = await giveFeedback({ ...unhappy, decision: "accept" }, guest, last);
    expect(closed).toEqual({ reference: filed.reference, outcome: "closed", round: ctx.settings.rehandleLimit });
    const [row] = await connection.db.select().from(cases).where(eq(cases.id, filed.caseId));
    expect(row).toMatchObject({ status: "closed", closedAt: last.now });

    const feedback = await connection.db
      .select()
      .from(caseFeedback)
      .where(eq(caseFeedback.caseId, filed.caseId))
      .orderBy(asc(caseFeedback.round));
    expect(feedback.map((f) => [f.round, f.satisfaction, f.unitId])).toEqual(
      Array.from({ length: ctx.settings.rehandleLimit + 1 }, (_, round) => [round, "dissatisfied", urbanMgmt]),
    );
    const events = await connection.db
      .select()
      .from(caseEvents)
      .where(eq(caseEvents.caseId, filed.caseId))
      .orderBy(asc(caseEvents.id));
    expect(events.filter((e) => e.event === "send_back")).toHaveLength(ctx.settings.rehandleLimit);
    expect(events.at(-1)).toMatchObject({
      event: "accept_reply",
      toStatus: "closed",
      actorRole: "citizen",
      actorUserId: null,
    });
    expect(firstBrokenLink(events)).toBe(-1);
  });

  it("lets a signed-in citizen answer for their own case", async () => {
    const [citizen] = await connection.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "citizen@answerable.local"));
    const filed = await fileCase(filing(), { userId: citizen?.id ?? null, role: "citizen" }, ctx, notify);
    await bringToReplied(filed.caseId, NOW);
    const result = await giveFeedback(
      { caseId: filed.caseId, contacted: true, solved: true, satisfaction: "very_satisfied", decision: "accept" },
      { userId: citizen?.id ?? null, role: "citizen" },
      ctx,
    );
    expect(result.outcome).toBe("closed");
  });

  it("strips EXIF from photos and refuses what is not a photo", async () => {
    const input = await photoWithExif();
    expect((await sharp(input).metadata()).exif).toBeDefined();
    const out = await processPhoto(input);
    expect(out.contentType).toBe("image/jpeg");
    expect((await sharp(out.bytes).metadata()).exif).toBeUndefined();

    const big = await sharp({ create: { width: 3000, height: 1000, channels: 3, background: "#3366aa" } })
      .png()
      .toBuffer();
    expect(await processPhoto(big)).toMatchObject({ contentType: "image/png", width: 2400, height: 800 });
    await expect(processPhoto(Buffer.from("GIF89a not allowed"))).rejects.toMatchObject({
      fieldErrors: { photos: ["photoType"] },
    });
    await expect(
      processPhoto(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(100)])),
    ).rejects.toMatchObject({ fieldErrors: { photos: ["photoType"] } });
  });
});
