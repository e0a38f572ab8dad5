// Per-state factories for the tests: a case, or an appraisal campaign, in the state a test needs,
// made by the real use cases (lib/services) so every rule — deadlines, events, the hash chain,
// who may act — holds as if people had done it. The integration tests call them with their own
// database; the browser tests call them through the e2e server (app/api/test-hooks, switched on
// by E2E_HOOKS_TOKEN, which a production server refuses to start with), because the embedded
// PGlite database lives inside the server's process and nothing else may open it.
import { and, asc, desc, eq } from "drizzle-orm";
import { adminAuditLog, caseEvents, cases, categories, districts, supervisionNotices, units, users } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import type { Role } from "@/lib/domain/access/roles";
import { addRaterGroup } from "@/lib/services/appraisal/add-rater-group";
import { castBallot } from "@/lib/services/appraisal/cast-ballot";
import { createCampaign } from "@/lib/services/appraisal/create-campaign";
import { generateRaterCodes } from "@/lib/services/appraisal/generate-rater-codes";
import { moveCampaign } from "@/lib/services/appraisal/move-campaign";
import { type FilingNotifier, fileCase } from "@/lib/services/cases/file-case";
import type { CaseActor } from "@/lib/services/cases/transition";
import { dispatchCase } from "@/lib/services/cases/triage";
import type { ServiceContext } from "@/lib/services/context";
import type { CaseFiling } from "@/lib/validation/case-filing";
import { recordContact, replyToCase, signFor } from "@/lib/services/cases/unit-handling";

export interface CaseOptions {
  /** A category code; the default (e-bike charging) is one the catalogue does not route. */
  category?: string;
  district?: string;
  type?: CaseFiling["type"];
  title?: string;
  description?: string;
  email?: string;
  phone?: string;
  mayPublish?: boolean;
}

export interface MadeCase {
  caseId: number;
  reference: string;
  /** The guest's proof, for /track. */
  trackingCode: string;
}

async function idOf(
  db: ServiceContext["db"],
  table: typeof categories | typeof districts | typeof units,
  code: string,
) {
  const [row] = await db.select({ id: table.id }).from(table).where(eq(table.code, code));
  if (!row) throw new Error(`factories: no ${code}`);
  return row.id;
}

/** The demo account with this email, as a case actor. */
export async function actorFor(db: ServiceContext["db"], email: string): Promise<CaseActor> {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (!user) throw new Error(`factories: no user ${email}`);
  return { userId: user.id, role: user.role as Role, unitId: user.unitId };
}

/** The account with this email as a use case receives it from the session. */
export async function sessionActor(db: ServiceContext["db"], email: string): Promise<Actor> {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (!user) throw new Error(`factories: no user ${email}`);
  return { id: user.id, email: user.email, name: user.name, role: user.role as Role, unitId: user.unitId };
}

/** Someone of the unit who may reply without approval: its head. */
async function unitHead(db: ServiceContext["db"], unitId: number): Promise<CaseActor> {
  const [head] = await db
    .select()
    .from(users)
    .where(and(eq(users.unitId, unitId), eq(users.role, "unit_head"), eq(users.active, true)))
    .orderBy(asc(users.email))
    .limit(1);
  if (!head) throw new Error(`factories: unit ${unitId} has no active head`);
  return { userId: head.id, role: "unit_head", unitId };
}

async function operator(db: ServiceContext["db"]): Promise<CaseActor> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.role, "operator"), eq(users.active, true)))
    .orderBy(asc(users.email))
    .limit(1);
  if (!row) throw new Error("factories: no active operator");
  return { userId: row.id, role: "operator", unitId: null };
}

const quiet: FilingNotifier = async () => undefined;
let filed = 0;

/** A case filed by a guest on the web, waiting for the dispatch centre (unless the catalogue routes it). */
export async function submittedCase(ctx: ServiceContext, options: CaseOptions = {}): Promise<MadeCase> {
  const stamp = `${Date.now().toString(36)}-${++filed}`;
  const result = await fileCase(
    {
      type: options.type ?? "complaint",
      categoryId: await idOf(ctx.db, categories, options.category ?? "ebike-charging"),
      districtId: await idOf(ctx.db, districts, options.district ?? "dongcheng"),
      street: "",
      address: "3 Lakeside Road",
      title: options.title ?? `Made by a test ${stamp}`,
      description: options.description ?? "A case a test needs in a given state; its set-up is not what it tests.",
      name: "Test Citizen",
      phone: options.phone ?? "",
      email: options.email ?? `factory.${stamp}@example.cn`,
      mayPublish: options.mayPublish ?? true,
      anonymous: false,
      idempotencyKey: `factory-${stamp}-abcdefgh`,
    },
    { userId: null, role: null },
    ctx,
    quiet,
  );
  return { caseId: result.caseId, reference: result.reference, trackingCode: result.trackingCode ?? "" };
}

/** Dispatched by the operator to this unit, waiting for it to sign for. */
export async function caseAwaitingSignFor(ctx: ServiceContext, unit: string, options: CaseOptions = {}) {
  const made = await submittedCase(ctx, options);
  const leadUnitId = await idOf(ctx.db, units, unit);
  await dispatchCase({ caseId: made.caseId, leadUnitId, coUnitIds: [] }, await operator(ctx.db), ctx);
  return made;
}

/** Signed for and the citizen contacted by the unit: waiting for its formal reply. */
export async function caseAwaitingReply(ctx: ServiceContext, unit: string, options: CaseOptions = {}) {
  const made = await caseAwaitingSignFor(ctx, unit, options);
  const head = await unitHead(ctx.db, await idOf(ctx.db, units, unit));
  await signFor(made.caseId, head, ctx);
  await recordContact(made.caseId, "Phoned the citizen.", head, ctx);
  return made;
}

/** Replied by the unit: waiting for the citizen's feedback (回访). */
export async function repliedCase(ctx: ServiceContext, unit: string, options: CaseOptions & { reply?: string } = {}) {
  const made = await caseAwaitingReply(ctx, unit, options);
  const head = await unitHead(ctx.db, await idOf(ctx.db, units, unit));
  await replyToCase(
    {
      caseId: made.caseId,
      outcome: "resolved",
      text: options.reply ?? "We looked into it and fixed it.",
      legalBasis: null,
      nextSteps: null,
    },
    head,
    ctx,
  );
  return made;
}

/** An appraisal campaign over these units, open for votes, made by the demo supervisor. */
export async function openCampaign(
  ctx: ServiceContext,
  options: { name?: string; units: string[]; periodFrom: string; periodTo: string },
): Promise<{ id: number }> {
  const supervisor = await sessionActor(ctx.db, "supervisor@answerable.local");
  const unitIds = await Promise.all(options.units.map((code) => idOf(ctx.db, units, code)));
  const campaign = await createCampaign(
    {
      name: options.name ?? `Campaign made by a test ${Date.now().toString(36)}`,
      periodFrom: options.periodFrom,
      periodTo: options.periodTo,
      unitIds,
      appraisalWeight: 20,
      minimumSample: 1,
      burstThreshold: 50,
      bottomCount: 0,
    },
    supervisor,
    ctx,
  );
  await moveCampaign({ campaignId: campaign.id, to: "open" }, supervisor, ctx);
  return campaign;
}

/** What the page cannot show: a case's events as stored, oldest first. */
export async function eventsOfCase(db: ServiceContext["db"], reference: string) {
  return db
    .select({
      event: caseEvents.event,
      toStatus: caseEvents.toStatus,
      actorRole: caseEvents.actorRole,
      isPublic: caseEvents.isPublic,
      note: caseEvents.note,
    })
    .from(caseEvents)
    .innerJoin(cases, eq(cases.id, caseEvents.caseId))
    .where(eq(cases.reference, reference))
    .orderBy(asc(caseEvents.id));
}

/** What the page cannot show: the newest rows of the administrators' audit log with this action. */
export async function auditEntries(db: ServiceContext["db"], action: string, limit = 5) {
  return db
    .select({
      action: adminAuditLog.action,
      subject: adminAuditLog.subject,
      actorEmail: users.email,
      before: adminAuditLog.before,
      after: adminAuditLog.after,
    })
    .from(adminAuditLog)
    .leftJoin(users, eq(users.id, adminAuditLog.actorUserId))
    .where(eq(adminAuditLog.action, action))
    .orderBy(desc(adminAuditLog.id))
    .limit(limit);
}

/**
 * A test clock for one supervision notice: its issue and due instants moved back together so that
 * the answer fell due a minute ago, as if the unit had let the working days pass.
 */
export async function noticePastDue(ctx: ServiceContext, noticeId: number) {
  const [notice] = await ctx.db.select().from(supervisionNotices).where(eq(supervisionNotices.id, noticeId));
  if (!notice) throw new Error(`factories: no notice ${noticeId}`);
  const shift = notice.dueAt.getTime() - ctx.now.getTime() + 60_000;
  const dueAt = new Date(notice.dueAt.getTime() - shift);
  await ctx.db
    .update(supervisionNotices)
    .set({ issuedAt: new Date(notice.issuedAt.getTime() - shift), dueAt })
    .where(eq(supervisionNotices.id, noticeId));
  return { dueAt };
}

/**
 * A closed appraisal campaign in which this unit got one red light from a deputy and no
 * scorecard (a period with no cases): its result is red, it does not pass. Made by the demo
 * supervisor through the real use cases.
 */
export async function redAppraisal(
  ctx: ServiceContext,
  options: { unit: string; name?: string; periodFrom?: string; periodTo?: string },
): Promise<{ id: number }> {
  const supervisor = await sessionActor(ctx.db, "supervisor@answerable.local");
  const campaign = await openCampaign(ctx, {
    name: options.name ?? `Red result made by a test ${Date.now().toString(36)}`,
    units: [options.unit],
    periodFrom: options.periodFrom ?? "2020-01-01",
    periodTo: options.periodTo ?? "2020-01-31",
  });
  const unitId = await idOf(ctx.db, units, options.unit);
  const group = await addRaterGroup({ campaignId: campaign.id, kind: "deputies", name: "Deputies" }, supervisor, ctx);
  const [code] = (await generateRaterCodes({ campaignId: campaign.id, groupId: group.id, count: 1 }, supervisor, ctx))
    .codes;
  if (!code) throw new Error("factories: no rater code");
  await castBallot(
    {
      campaignId: campaign.id,
      rater: { kind: "code", code },
      entries: [{ unitId, light: "red", comment: null }],
      address: "198.51.100.7",
    },
    null,
    ctx,
  );
  await moveCampaign({ campaignId: campaign.id, to: "closed" }, supervisor, ctx);
  return campaign;
}
