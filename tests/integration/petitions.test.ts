import { and, asc, desc, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import {
  caseEvents,
  cases,
  categories,
  mailOutbox,
  petitionDistrictCounts,
  petitionSignatures,
  petitions,
  users,
} from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import type { Actor } from "@/lib/domain/access/actor";
import { AppError } from "@/lib/errors";
import { type LimiterStore, databaseLimiterStore } from "@/lib/http/limiter-store";
import { petitionMailTag } from "@/lib/domain/privacy/retention";
import { addClock, computeDueAt } from "@/lib/domain/deadlines/deadline";
import { decideExtension, requestExtension } from "@/lib/services/cases/extensions";
import {
  awaitCitizen,
  citizenResponded,
  recordContact,
  replyToCase,
  signFor,
} from "@/lib/services/cases/unit-handling";
import { openResponseCase } from "@/lib/services/petitions/response-case";
import { type ServiceContext, serviceContext } from "@/lib/services/context";
import { addBlock } from "@/lib/services/petitions/add-block";
import { approvePetition } from "@/lib/services/petitions/approve-petition";
import { confirmSignature } from "@/lib/services/petitions/confirm-signature";
import { refreshPetitionCounts } from "@/lib/services/petitions/counting";
import { createPetition, findSimilarOpenPetitions } from "@/lib/services/petitions/create-petition";
import { trendingSources } from "@/lib/services/petitions/fraud";
import { invalidateSignatures } from "@/lib/services/petitions/invalidate-signatures";
import { publishForSupport } from "@/lib/services/petitions/publish-for-support";
import { rejectPetition } from "@/lib/services/petitions/reject-petition";
import {
  anonymiseClosedSignatures,
  closeExpiredPetitions,
  publishAnswers,
} from "@/lib/services/petitions/petition-sweep";
import { signPetition } from "@/lib/services/petitions/sign-petition";
import { forgetSigningCaches } from "@/lib/services/petitions/signing-cache";
import { TEST_TARGETS, migratedDatabase } from "./databases";
import { actorFor, sessionActor, unitId } from "./factories";

const T0 = new Date("2026-03-10T02:00:00Z");
const BASE = "http://petitions.test";
const sig = (email: string, extra: Partial<{ name: string; districtCode: string; notify: boolean }> = {}) => ({
  name: extra.name ?? "Signer",
  email,
  districtCode: extra.districtCode ?? "dongcheng",
  consent: true,
  notify: extra.notify ?? true,
});

describe.each(TEST_TARGETS)("petition services on $name", (target) => {
  let connection: Connection;
  let base: ServiceContext;
  let ctx: ServiceContext;
  let creator: Actor;
  let moderator: Actor;
  let limiter: LimiterStore;
  let categoryId: number;
  let water: number;

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 20, now: new Date("2026-11-26T08:00:00Z") }));
    base = await serviceContext({ db: connection.db, now: T0, appUrl: BASE });
    limiter = databaseLimiterStore(connection.db);
    ctx = { ...base, settings: { ...base.settings, petitionResponseThreshold: 7, petitionDebateThreshold: 10 } };
    creator = await sessionActor(connection.db, "citizen@answerable.local");
    const [someModerator] = await connection.db
      .select({ email: users.email })
      .from(users)
      .where(eq(users.role, "moderator"));
    moderator = someModerator ? await sessionActor(connection.db, someModerator.email) : creator;
    const [category] = await connection.db
      .select({ id: categories.id })
      .from(categories)
      .orderBy(asc(categories.id))
      .limit(1);
    categoryId = category?.id ?? 0;
    water = await unitId(connection.db, "water-group");
  });
  afterAll(async () => {
    await connection?.close();
  });
  beforeEach(() => {
    forgetSigningCaches();
  });

  const tokenFor = async (email: string) => {
    const [mail] = await connection.db
      .select({ body: mailOutbox.body })
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, email.toLowerCase()))
      .orderBy(desc(mailOutbox.id))
      .limit(1);
    const match = mail?.body?.match(/\/petitions\/\d+\/confirm\/([A-Za-z0-9_-]+)/);
    if (!match?.[1]) throw new Error(`no confirmation mail for ${email}`);
    return match[1];
  };
  const signAndConfirm = async (
    petitionId: number,
    email: string,
    origin: { address?: string; shareToken?: string } = {},
    district = "dongcheng",
  ) => {
    await signPetition(
      {
        ...sig(email, { districtCode: district }),
        petitionId,
        address: origin.address ?? "203.0.113.1",
        shareToken: origin.shareToken,
      },
      null,
      base,
      { limiter },
    );
    return confirmSignature({ petitionId, token: await tokenFor(email) }, null, base);
  };
  const load = async (id: number) => (await connection.db.select().from(petitions).where(eq(petitions.id, id)))[0]!;

  let petitionId = 0;

  it("a draft gathers five supporters through the shared link, then waits for moderation", async () => {
    const created = await createPetition(
      {
        title: "Build a footbridge over the Jiang river at Binhai",
        action: "Build a footbridge for pedestrians and cyclists.",
        background: "",
        categoryId,
        showCreatorName: true,
        creatorName: "Li Ming",
      },
      creator,
      ctx,
    );
    petitionId = created.id;
    // Nobody signs a draft, nor a gathering petition without the creator's link.
    await expect(
      signPetition({ ...sig("early@example.org"), petitionId, address: "203.0.113.1" }, null, base, {
        limiter,
      }),
    ).rejects.toBeInstanceOf(AppError);
    const gathering = await publishForSupport({ petitionId }, creator, ctx);
    expect(gathering.status).toBe("gathering");
    await expect(
      signPetition({ ...sig("nolink@example.org"), petitionId, address: "203.0.113.1" }, null, base, {
        limiter,
      }),
    ).rejects.toBeInstanceOf(AppError);
    for (let i = 1; i <= 4; i++)
      await signAndConfirm(petitionId, `supporter${i}@example.org`, { shareToken: gathering.shareToken });
    expect((await load(petitionId)).status).toBe("gathering");
    await signAndConfirm(petitionId, "supporter5@example.org", { shareToken: gathering.shareToken });
    const submitted = await load(petitionId);
    expect(submitted.status).toBe("moderation");
    expect(submitted.moderationDueAt!.getTime()).toBeGreaterThan(T0.getTime());
  });

  it("a moderator approves it for six months with the unit that must answer", async () => {
    const approved = await approvePetition({ petitionId, responsibleUnitId: water }, moderator, ctx);
    expect(approved.status).toBe("open");
    expect(approved.closesAt!.toISOString()).toBe("2026-09-10T02:00:00.000Z");
  });

  it("signing is pending until confirmed; one signature per canonical email; duplicates are silent", async () => {
    await signPetition(
      {
        ...sig("Jane.Doe+bridge@gmail.com", { districtCode: "binhai" }),
        petitionId,
        address: "198.51.100.7",
      },
      null,
      base,
      { limiter },
    );
    await signPetition({ ...sig("janedoe@googlemail.com"), petitionId, address: "198.51.100.8" }, null, base, {
      limiter,
    });
    const rows = await connection.db
      .select()
      .from(petitionSignatures)
      .where(
        and(eq(petitionSignatures.petitionId, petitionId), eq(petitionSignatures.canonicalEmail, "janedoe@gmail.com")),
      );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.status).toBe("pending");
    expect(rows[0]!.ipAddress).toBe("198.51.100.7");
    // A token confirms only on its own petition.
    await expect(
      confirmSignature(
        { petitionId: petitionId + 1000, token: await tokenFor("jane.doe+bridge@gmail.com") },
        null,
        base,
      ),
    ).rejects.toBeInstanceOf(AppError);
    expect(await confirmSignature({ petitionId, token: await tokenFor("jane.doe+bridge@gmail.com") }, null, base)).toBe(
      "confirmed",
    );
    expect(await confirmSignature({ petitionId, token: await tokenFor("jane.doe+bridge@gmail.com") }, null, base)).toBe(
      "already_confirmed",
    );
    await expect(confirmSignature({ petitionId, token: "not-a-real-token-at-all" }, null, base)).rejects.toBeInstanceOf(
      AppError,
    );
  });

  it("the batch job counts validated signatures per district and stamps the response threshold once, opening the response case", async () => {
    await signAndConfirm(petitionId, "late1@example.org", {}, "binhai");
    const first = await refreshPetitionCounts(ctx, { baseUrl: BASE });
    expect(first.crossed.filter((c) => c.petitionId === petitionId)).toEqual([{ petitionId, threshold: "response" }]);
    const after = await load(petitionId);
    expect(after.signatureCount).toBe(7);
    expect(after.responseThresholdAt?.getTime()).toBe(T0.getTime());
    const districts = await connection.db
      .select()
      .from(petitionDistrictCounts)
      .where(eq(petitionDistrictCounts.petitionId, petitionId));
    expect(districts.map((d) => d.signatureCount).sort()).toEqual([2, 5]);
    const [responseCase] = await connection.db.select().from(cases).where(eq(cases.id, after.responseCaseId!));
    expect(responseCase).toMatchObject({
      type: "petition_response",
      status: "dispatched",
      leadUnitId: water,
      mayPublish: true,
    });
    expect(responseCase!.replyDueAt!.getTime()).toBeGreaterThan(T0.getTime() + 20 * 86_400_000);
    // Signers who asked to hear were told.
    const told = await connection.db.select().from(mailOutbox).where(like(mailOutbox.subject, "%will get an answer%"));
    expect(told.length).toBeGreaterThanOrEqual(7);
    // A second refresh changes nothing.
    expect((await refreshPetitionCounts(ctx, { baseUrl: BASE })).changed).toBe(0);
  });

  it("over-limit and blocked signatures are stored as fraudulent and never counted", async () => {
    const limits = { burst: { capacity: 2, perMinute: 1 }, sustained: { capacity: 100, perMinute: 100 } };
    for (let i = 0; i < 4; i++)
      await signPetition({ ...sig(`burst${i}@example.org`), petitionId, address: "192.0.2.50" }, null, base, {
        limiter,
        limits,
      });
    await addBlock({ kind: "domain", pattern: "spam.example", note: null }, moderator, ctx);
    await signPetition({ ...sig("x@mx.spam.example"), petitionId, address: "192.0.2.51" }, null, base, {
      limiter,
    });
    const rows = await connection.db
      .select({
        email: petitionSignatures.email,
        status: petitionSignatures.status,
        reason: petitionSignatures.fraudReason,
      })
      .from(petitionSignatures)
      .where(and(eq(petitionSignatures.petitionId, petitionId), eq(petitionSignatures.status, "fraudulent")));
    expect(rows.map((r) => r.reason).sort()).toEqual(["blocked_domain", "rate_burst", "rate_burst"]);
    const trending = await trendingSources(petitionId, "ip", ctx);
    expect(trending[0]).toMatchObject({ key: "203.0.113.1", signatures: 6 });
  });

  it("invalidating by domain lowers the count and un-stamps the threshold", async () => {
    const gone = await invalidateSignatures({ petitionId, by: "domain", domain: "example.org" }, moderator, ctx);
    expect(gone).toBeGreaterThanOrEqual(6);
    const refresh = await refreshPetitionCounts(ctx);
    expect(refresh.dropped).toEqual([{ petitionId, threshold: "response" }]);
    const after = await load(petitionId);
    expect(after.signatureCount).toBe(1);
    expect(after.responseThresholdAt).toBeNull();
    // The response case once opened stays: an obligation is not withdrawn by a recount.
    expect(after.responseCaseId).not.toBeNull();
  });

  it("the unit's reply through the normal lifecycle is published on the petition, redacted", async () => {
    const staff = await actorFor(connection.db, "staff.water@answerable.local");
    const head = await actorFor(connection.db, "head.water@answerable.local");
    const caseId = (await load(petitionId)).responseCaseId!;
    const unitCtx = { ...ctx, now: new Date(T0.getTime() + 3_600_000) };
    await signFor(caseId, staff, unitCtx);
    await recordContact(caseId, "Called the creator", staff, unitCtx);
    await replyToCase(
      {
        caseId,
        outcome: "resolved",
        text: "The footbridge is in next year's plan; we told Li Ming on 139-1234-5678.",
        legalBasis: null,
        nextSteps: null,
      },
      head,
      unitCtx,
    );
    expect(await publishAnswers(unitCtx, BASE)).toBe(1);
    const answered = await load(petitionId);
    // Published, the answer loses the creator's name and any phone number.
    expect(answered.answerText).toBe("The footbridge is in next year's plan; we told *** on ***.");
    const events = await connection.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId));
    expect(events.map((e) => e.event)).toEqual(["submit", "auto_dispatch", "sign_for", "record_contact", "reply"]);
  });

  it("a response case keeps its 20 working days through a pause and an extension, each change by a transition", async () => {
    const [streetLight] = await connection.db
      .select({ id: categories.id })
      .from(categories)
      .where(eq(categories.code, "street-light"));
    const [petition] = await connection.db
      .insert(petitions)
      .values({
        title: "Light the riverside path",
        action: "Install lamps along the riverside path.",
        categoryId: streetLight!.id,
        creatorUserId: creator.id,
        shareToken: `allowance-${target.name}`,
        supportersRequired: 5,
        responsibleUnitId: water,
      })
      .returning();
    const opened = await openResponseCase(petition!.id, ctx);
    const caseId = opened!.caseId;
    const allowance = { kind: "working_days" as const, amount: ctx.settings.petitionResponseWorkingDays };
    const loadCase = async () => (await connection.db.select().from(cases).where(eq(cases.id, caseId)))[0]!;
    expect(ctx.settings.petitionResponseWorkingDays).toBe(20);
    expect((await loadCase()).replyDueAt).toEqual(addClock(T0, allowance, ctx.calendar));

    const staff = await actorFor(connection.db, "staff.water@answerable.local");
    const head = await actorFor(connection.db, "head.water@answerable.local");
    const hour = (h: number) => ({ ...ctx, now: new Date(T0.getTime() + h * 3_600_000) });
    await signFor(caseId, staff, hour(1));
    await recordContact(caseId, "Called the creator", staff, hour(2));
    await awaitCitizen(caseId, "Waiting for the map of the path.", staff, hour(3));
    await citizenResponded(caseId, "Map received.", staff, hour(3 + 48));
    await requestExtension({ caseId, amount: 2, reason: "Survey needed." }, staff, hour(52));
    await decideExtension({ caseId, approve: true, note: null }, head, hour(53));
    const row = await loadCase();
    expect(row.replyDueAt).toEqual(
      computeDueAt({
        startAt: T0,
        limit: allowance,
        calendar: ctx.calendar,
        pauses: [{ start: hour(3).now, end: hour(51).now }],
        extensions: [{ kind: "working_days", amount: 2 }],
      }),
    );
    // Every deadline change is on the chain: the dispatch, the citizen's answer, the extension.
    const events = await connection.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId));
    expect(events.map((e) => e.event)).toEqual([
      "submit",
      "auto_dispatch",
      "sign_for",
      "record_contact",
      "await_citizen",
      "citizen_responded",
      "request_extension",
      "approve_extension",
    ]);
  });

  it("rejection keeps the reason; similar open petitions are found before writing a new one", async () => {
    const similar = await findSimilarOpenPetitions("footbridge over the river", connection.db);
    expect(similar.map((p) => p.id)).toContain(petitionId);
    const other = await createPetition(
      {
        title: "Name the mayor's neighbour",
        action: "Publish his address.",
        background: "",
        categoryId,
        showCreatorName: false,
        creatorName: "",
      },
      creator,
      ctx,
    );
    const shared = await publishForSupport({ petitionId: other.id }, creator, ctx);
    const moderation = { ...ctx, settings: { ...ctx.settings } };
    for (let i = 1; i <= 5; i++)
      await signAndConfirm(other.id, `s${i}@other.test`, {
        shareToken: shared.shareToken,
        address: `203.0.113.${10 + i}`,
      });
    const rejected = await rejectPetition(
      { petitionId: other.id, code: "personal_data", note: "" },
      moderator,
      moderation,
    );
    expect(rejected).toMatchObject({ status: "rejected", rejectionCode: "personal_data" });
    await expect(
      signPetition({ ...sig("late@other.test"), petitionId: other.id, address: "203.0.113.2" }, null, base, {
        limiter,
      }),
    ).rejects.toBeInstanceOf(AppError);
  });

  it("closes after its period and anonymises signatures six months later, with their mails", async () => {
    const about = petitionMailTag(petitionId);
    const mailsAbout = async () => connection.db.$count(mailOutbox, eq(mailOutbox.about, about));
    expect(await mailsAbout()).toBeGreaterThan(0);
    const later = { ...ctx, now: new Date("2026-09-11T00:00:00Z") };
    expect(await closeExpiredPetitions(later)).toBe(1);
    expect((await load(petitionId)).status).toBe("closed");
    expect(await anonymiseClosedSignatures({ ...ctx, now: new Date("2027-01-01T00:00:00Z") })).toBeGreaterThan(0);
    const cleared = await anonymiseClosedSignatures({ ...ctx, now: new Date("2027-03-12T00:00:00Z") });
    expect(cleared).toBeGreaterThan(0);
    const left = await connection.db
      .select({
        email: petitionSignatures.email,
        name: petitionSignatures.name,
        district: petitionSignatures.districtId,
      })
      .from(petitionSignatures)
      .where(eq(petitionSignatures.petitionId, petitionId));
    expect(left.every((s) => s.email === null && s.name === null && s.district > 0)).toBe(true);
    expect((await load(petitionId)).creatorName).toBeNull();
    expect(await mailsAbout()).toBe(0);
  });
});
