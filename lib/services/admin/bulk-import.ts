import "server-only";
import { randomBytes } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import {
  caseFeedback,
  cases,
  categories,
  categoryGroups,
  dispatchEntries,
  dispatchEntryCoUnits,
  districts,
  slaPolicies,
  units,
  userInvitations,
  users,
} from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import type { Role } from "@/lib/domain/access/roles";
import {
  type CsvRow,
  type ImportKind,
  type ImportPlan,
  type ImportProblem,
  countOutcomes,
  legacyKey,
  parseImportCsv,
  parseOffsetDateTime,
  planCases,
  planCategories,
  planDispatch,
  planUnits,
  planUsers,
  sortProblems,
} from "@/lib/domain/admin/import-rows";
import { type CaseEvent, type CaseStatus, PUBLIC_EVENTS } from "@/lib/domain/cases/lifecycle";
import { roundDeadlines } from "@/lib/domain/deadlines/case-deadlines";
import { type InvitationNotice, type InvitationNotifier, invitationMailer } from "@/lib/mail/admin-mail";
import { createCase } from "@/lib/services/cases/create-case";
import { ensureReferenceSequence } from "@/lib/services/cases/reference-numbers";
import { SYSTEM_ACTOR, appendEvent } from "@/lib/services/cases/transition";
import type { ServiceContext } from "@/lib/services/context";
import { cachedCategoryPolicy, forgetRoutingCache } from "@/lib/services/routing-cache";
import { loadSettings } from "@/lib/services/settings";
import { recordAdminChange } from "./audit";
import { hashInvitationToken } from "./users";

export interface ImportReport {
  kind: ImportKind;
  /** Data rows read (the header not counted). */
  rows: number;
  problems: ImportProblem[];
  wouldCreate: number;
  wouldUpdate: number;
  unchanged: number;
}

export interface ImportResult extends ImportReport {
  /** False when the file had problems: nothing was written. */
  applied: boolean;
  /** Rows written or confirmed unchanged; equals `rows` after a successful import. */
  processed: number;
}

export interface ImportOptions {
  /** The email of the administrator (a user row for it may not demote them). */
  actorEmail?: string | null;
  /** Where invitations of imported users are mailed; defaults to the real mail. */
  notify?: InvitationNotifier;
  origin?: string;
}

const INVITATION_LIFETIME_MS = 7 * 24 * 3_600_000;

type AnyPlan =
  | { kind: "units"; plan: ReturnType<typeof planUnits> }
  | { kind: "categories"; plan: ReturnType<typeof planCategories> }
  | { kind: "dispatch"; plan: ReturnType<typeof planDispatch> }
  | { kind: "users"; plan: ReturnType<typeof planUsers> }
  | { kind: "cases"; plan: ReturnType<typeof planCases> };

async function unitCodes(db: Queryable): Promise<Map<string, boolean>> {
  const rows = await db.select({ code: units.code, active: units.active }).from(units);
  return new Map(rows.map((u) => [u.code, u.active]));
}

/** Reads the reference data the kind's rules need and plans every row. */
async function plan(
  db: Queryable,
  kind: ImportKind,
  rows: readonly CsvRow[],
  options: ImportOptions,
  lock: boolean,
  ctx: Pick<ServiceContext, "calendar" | "now">,
): Promise<AnyPlan> {
  const districtRows = await db.select({ id: districts.id, code: districts.code }).from(districts);
  const districtCodes = new Set(districtRows.map((d) => d.code));
  switch (kind) {
    case "units": {
      // Lock the hierarchy while importing, as saveUnit does: no concurrent re-parenting.
      const query = db.select().from(units);
      const all = lock ? await query.for("update") : await query;
      const codeOf = new Map(all.map((u) => [u.id, u.code]));
      const districtOf = new Map(districtRows.map((d) => [d.id, d.code]));
      const existing = all.map((u) => ({
        id: u.id,
        code: u.code,
        nameZh: u.nameZh,
        nameEn: u.nameEn,
        unitClass: u.unitClass,
        parentId: u.parentId,
        parentCode: u.parentId === null ? null : (codeOf.get(u.parentId) ?? null),
        districtCode: u.districtId === null ? null : (districtOf.get(u.districtId) ?? null),
        active: u.active,
      }));
      return { kind, plan: planUnits(rows, existing, districtCodes) };
    }
    case "categories": {
      const groups = await db.select({ id: categoryGroups.id, code: categoryGroups.code }).from(categoryGroups);
      const policies = await db.select({ id: slaPolicies.id, code: slaPolicies.code }).from(slaPolicies);
      const groupCode = new Map(groups.map((g) => [g.id, g.code]));
      const policyCode = new Map(policies.map((p) => [p.id, p.code]));
      const all = await db.select().from(categories);
      const existing = all.map((c) => ({
        code: c.code,
        groupCode: groupCode.get(c.groupId) ?? "",
        nameZh: c.nameZh,
        nameEn: c.nameEn,
        slaPolicyCode: policyCode.get(c.slaPolicyId) ?? "",
        keywordsZh: c.keywordsZh,
        keywordsEn: c.keywordsEn,
      }));
      return {
        kind,
        plan: planCategories(rows, {
          existing,
          groupCodes: new Set(groupCode.values()),
          slaPolicyCodes: new Set(policyCode.values()),
        }),
      };
    }
    case "dispatch": {
      const unitRows = await db.select({ id: units.id, code: units.code, active: units.active }).from(units);
      const unitCode = new Map(unitRows.map((u) => [u.id, u.code]));
      const categoryRows = await db.select({ id: categories.id, code: categories.code }).from(categories);
      const categoryCode = new Map(categoryRows.map((c) => [c.id, c.code]));
      const districtCode = new Map(districtRows.map((d) => [d.id, d.code]));
      const entries = await db.select().from(dispatchEntries);
      const coUnits = await db.select().from(dispatchEntryCoUnits);
      const existing = entries.map((e) => ({
        categoryCode: categoryCode.get(e.categoryId) ?? "",
        districtCode: e.districtId === null ? null : (districtCode.get(e.districtId) ?? null),
        leadUnitCode: unitCode.get(e.leadUnitId) ?? "",
        coUnitCodes: coUnits.filter((c) => c.entryId === e.id).map((c) => unitCode.get(c.unitId) ?? ""),
        effectiveFrom: e.effectiveFrom,
      }));
      return {
        kind,
        plan: planDispatch(rows, {
          existing,
          categoryCodes: new Set(categoryCode.values()),
          districtCodes,
          units: new Map(unitRows.map((u) => [u.code, u.active])),
        }),
      };
    }
    case "users": {
      const emails = rows.map((r) => (r.values.email ?? "").toLowerCase()).filter(Boolean);
      const found =
        emails.length === 0
          ? []
          : await db
              .select({ email: users.email, name: users.name, role: users.role, unitId: users.unitId })
              .from(users)
              .where(inArray(users.email, emails));
      const unitRows = await db.select({ id: units.id, code: units.code }).from(units);
      const unitCode = new Map(unitRows.map((u) => [u.id, u.code]));
      const existing = found.map((u) => ({
        email: u.email,
        name: u.name ?? "",
        role: u.role,
        unitCode: u.unitId === null ? null : (unitCode.get(u.unitId) ?? null),
      }));
      return { kind, plan: planUsers(rows, { existing, units: await unitCodes(db), actorEmail: options.actorEmail }) };
    }
    case "cases": {
      const keys = [
        ...new Set(
          rows
            .map((r) => r.values.legacy_id ?? "")
            .filter(Boolean)
            .map(legacyKey),
        ),
      ];
      const found =
        keys.length === 0
          ? []
          : await db.select({ key: cases.idempotencyKey }).from(cases).where(inArray(cases.idempotencyKey, keys));
      const existingLegacyIds = new Set(found.map((c) => (c.key ?? "").slice("legacy:".length)));
      const categoryRows = await db.select({ code: categories.code }).from(categories);
      const unitRows = await db.select({ code: units.code }).from(units);
      // Read in each chunk's transaction too: a go-live date changed meanwhile stops the import.
      const { goLiveDate } = await loadSettings(db);
      return {
        kind,
        plan: planCases(rows, {
          existingLegacyIds,
          categoryCodes: new Set(categoryRows.map((c) => c.code)),
          districtCodes,
          unitCodes: new Set(unitRows.map((u) => u.code)),
          admission: {
            goLive: goLiveDate,
            today: ctx.calendar.localDate(ctx.now),
            localDate: (instant) => ctx.calendar.localDate(instant),
          },
        }),
      };
    }
  }
}

function report(
  kind: ImportKind,
  rowCount: number,
  parseProblems: ImportProblem[],
  planned: ImportPlan<unknown> | null,
): ImportReport {
  const problems = [...parseProblems, ...(planned?.problems ?? [])].sort((a, b) => a.line - b.line);
  return { kind, rows: rowCount, problems, ...countOutcomes(planned?.rows ?? []) };
}

/** What importing the file would do, row by row; changes nothing. A user row may not demote the actor. */
export async function dryRun(
  { kind, text }: { kind: ImportKind; text: string },
  actor: Actor,
  ctx: ServiceContext,
): Promise<ImportReport> {
  const options: ImportOptions = { actorEmail: actor.email };
  const parsed = parseImportCsv(kind, text);
  if (parsed.rows.length === 0) return report(kind, 0, parsed.problems, null);
  const planned = await plan(ctx.db, kind, parsed.rows, options, false, ctx);
  return report(kind, parsed.rows.length, parsed.problems, planned.plan);
}

/**
 * Rows applied per transaction: progress advances chunk by chunk and locks stay short. Small,
 * because the embedded database runs one transaction at a time: every other request's query
 * waits for the chunk in hand.
 */
export const IMPORT_CHUNK_ROWS = 10;

export interface RunImportOptions extends ImportOptions {
  chunkRows?: number;
  /** Called after each chunk commits, with the rows applied so far. */
  onProgress?: (processed: number) => Promise<void> | void;
  /** Rows already applied by an earlier run of this import (a resumed job): their chunks are skipped. */
  startAt?: number;
  /** Called inside each chunk's transaction, with the rows applied once it commits (a job's progress). */
  onChunk?: (tx: Queryable, processed: number) => Promise<void>;
}

/**
 * Imports the file after the same checks as the dry run: a file with any problem writes nothing.
 * Rows are then applied in chunks, each in its own transaction where the chunk is checked again
 * under lock (a concurrent change stops the import at that chunk, with its problems; the chunks
 * before stay, and re-running the file completes it). Rows are matched by natural key and
 * identical rows are left alone, so running the same file twice changes nothing the second time.
 * Each chunk that changes something writes its audit row (its lines and counts) in its own
 * transaction: a chunk that fails leaves neither its rows nor its audit row.
 */
export async function runImport(
  kind: ImportKind,
  text: string,
  actorUserId: string,
  ctx: ServiceContext,
  options: RunImportOptions = {},
): Promise<ImportResult> {
  const parsed = parseImportCsv(kind, text);
  if (parsed.rows.length === 0 || parsed.problems.length > 0)
    return { ...report(kind, parsed.rows.length, parsed.problems, null), applied: false, processed: 0 };
  const whole = await plan(ctx.db, kind, parsed.rows, options, false, ctx);
  const summary = report(kind, parsed.rows.length, [], whole.plan);
  if (summary.problems.length > 0) return { ...summary, applied: false, processed: 0 };
  // Each year's reference sequence is created before the transactions (DDL must not run inside one).
  if (kind === "cases") for (const year of caseYears(parsed.rows, ctx)) await ensureReferenceSequence(ctx.db, year);
  const ordered = whole.kind === "units" ? parentsFirst(parsed.rows, whole.plan) : parsed.rows;
  const size = Math.max(1, options.chunkRows ?? IMPORT_CHUNK_ROWS);
  const notify = options.notify ?? invitationMailer(options.origin ?? "http://localhost:3000");
  const startAt = Math.min(Math.max(0, options.startAt ?? 0), ordered.length);
  let processed = startAt;
  let problems: ImportProblem[] = [];
  for (let start = startAt; start < ordered.length; start += size) {
    const chunk = ordered.slice(start, start + size);
    const outcome = await ctx.db.transaction(async (tx) => {
      const planned = await plan(tx, kind, chunk, options, true, ctx);
      if (planned.plan.problems.length > 0) return { problems: planned.plan.problems };
      const invitations = await applyPlan(tx, planned, ctx);
      // Invitations are queued with the chunk's accounts (the outbox), or neither commits.
      for (const notice of invitations) await notify(notice, tx);
      // The chunk's audit row commits with its rows, or neither does. A chunk that changed
      // nothing (a re-run) writes none: the audit log is of changes.
      const counts = countOutcomes(planned.plan.rows);
      if (counts.wouldCreate + counts.wouldUpdate > 0)
        await recordAdminChange(tx, {
          actorUserId,
          action: `import.${kind}`,
          subject: `import:${kind}`,
          after: {
            rows: parsed.rows.length,
            lines: [Math.min(...chunk.map((r) => r.line)), Math.max(...chunk.map((r) => r.line))],
            created: counts.wouldCreate,
            updated: counts.wouldUpdate,
            unchanged: counts.unchanged,
            processed: processed + chunk.length,
          },
          at: ctx.now,
        });
      await options.onChunk?.(tx, processed + chunk.length);
      return { problems: [] };
    });
    forgetRoutingCache(ctx.db);
    if (outcome.problems.length > 0) {
      problems = sortProblems(outcome.problems);
      break;
    }
    processed += chunk.length;
    await options.onProgress?.(processed);
    // Let the server breathe between chunks: with the embedded database every query resolves
    // without returning to the event loop, so requests (the progress page among them) would
    // otherwise wait for the whole import.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { ...summary, problems, applied: problems.length === 0, processed };
}

async function applyPlan(tx: Queryable, planned: AnyPlan, ctx: ServiceContext): Promise<InvitationNotice[]> {
  switch (planned.kind) {
    case "units":
      await applyUnits(tx, planned.plan, ctx);
      return [];
    case "categories":
      await applyCategories(tx, planned.plan);
      return [];
    case "dispatch":
      await applyDispatch(tx, planned.plan, ctx);
      return [];
    case "users":
      return applyUsers(tx, planned.plan, ctx);
    case "cases":
      await applyCases(tx, planned.plan, ctx);
      return [];
  }
}

/** Unit rows ordered so that a parent named in the file comes before its children (in any chunk). */
function parentsFirst(rows: readonly CsvRow[], planned: ReturnType<typeof planUnits>): CsvRow[] {
  const parentOf = new Map(planned.rows.map(({ record }) => [record.code, record.parentCode]));
  const depth = (code: string, seen = new Set<string>()): number => {
    const parent = parentOf.get(code);
    if (parent === null || parent === undefined || seen.has(parent)) return 0;
    seen.add(code);
    return 1 + depth(parent, seen);
  };
  const depthOf = new Map([...parentOf.keys()].map((code) => [code, depth(code)]));
  return [...rows].sort(
    (a, b) =>
      (depthOf.get((a.values.code ?? "").toLowerCase()) ?? 0) - (depthOf.get((b.values.code ?? "").toLowerCase()) ?? 0),
  );
}

async function applyUnits(tx: Queryable, planned: ReturnType<typeof planUnits>, ctx: ServiceContext) {
  const changed = planned.rows.filter((r) => r.outcome !== "unchanged");
  if (changed.length === 0) return;
  const districtRows = await tx.select({ id: districts.id, code: districts.code }).from(districts);
  const districtId = new Map(districtRows.map((d) => [d.code, d.id]));
  // New units first (without parents), so that a parent later in the file exists; then links.
  for (const { record } of changed.filter((r) => r.outcome === "create")) {
    await tx.insert(units).values({
      code: record.code,
      nameZh: record.nameZh,
      nameEn: record.nameEn,
      unitClass: record.unitClass,
      parentId: null,
      createdAt: ctx.now,
    });
  }
  const idOf = new Map((await tx.select({ id: units.id, code: units.code }).from(units)).map((u) => [u.code, u.id]));
  for (const { record } of changed) {
    await tx
      .update(units)
      .set({
        nameZh: record.nameZh,
        nameEn: record.nameEn,
        unitClass: record.unitClass,
        parentId: record.parentCode === null ? null : idOf.get(record.parentCode)!,
        districtId: record.districtCode === null ? null : districtId.get(record.districtCode)!,
      })
      .where(eq(units.code, record.code));
  }
}

async function applyCategories(tx: Queryable, planned: ReturnType<typeof planCategories>) {
  const groupId = new Map(
    (await tx.select({ id: categoryGroups.id, code: categoryGroups.code }).from(categoryGroups)).map((g) => [
      g.code,
      g.id,
    ]),
  );
  const policyId = new Map(
    (await tx.select({ id: slaPolicies.id, code: slaPolicies.code }).from(slaPolicies)).map((p) => [p.code, p.id]),
  );
  for (const { record, outcome } of planned.rows) {
    if (outcome === "unchanged") continue;
    const values = {
      groupId: groupId.get(record.groupCode)!,
      nameZh: record.nameZh,
      nameEn: record.nameEn,
      slaPolicyId: policyId.get(record.slaPolicyCode)!,
      keywordsZh: record.keywordsZh,
      keywordsEn: record.keywordsEn,
    };
    if (outcome === "create") await tx.insert(categories).values({ ...values, code: record.code });
    else await tx.update(categories).set(values).where(eq(categories.code, record.code));
  }
}

async function applyDispatch(tx: Queryable, planned: ReturnType<typeof planDispatch>, ctx: ServiceContext) {
  const created = planned.rows.filter((r) => r.outcome === "create");
  if (created.length === 0) return;
  // FOR SHARE: a unit cannot be deactivated while entries pointing to it are being added.
  const unitRows = await tx.select({ id: units.id, code: units.code }).from(units).for("share");
  const unitId = new Map(unitRows.map((u) => [u.code, u.id]));
  const categoryId = new Map(
    (await tx.select({ id: categories.id, code: categories.code }).from(categories)).map((c) => [c.code, c.id]),
  );
  const districtId = new Map(
    (await tx.select({ id: districts.id, code: districts.code }).from(districts)).map((d) => [d.code, d.id]),
  );
  for (const { record } of created) {
    const [entry] = await tx
      .insert(dispatchEntries)
      .values({
        categoryId: categoryId.get(record.categoryCode)!,
        districtId: record.districtCode === null ? null : districtId.get(record.districtCode)!,
        leadUnitId: unitId.get(record.leadUnitCode)!,
        effectiveFrom: record.effectiveFrom,
        createdAt: ctx.now,
      })
      .returning({ id: dispatchEntries.id });
    if (!entry) throw new Error("dispatch entry not created");
    if (record.coUnitCodes.length > 0)
      await tx
        .insert(dispatchEntryCoUnits)
        .values(record.coUnitCodes.map((code) => ({ entryId: entry.id, unitId: unitId.get(code)! })));
  }
}

/** New staff get an invitation to set their password, as when invited one by one. */
async function applyUsers(
  tx: Queryable,
  planned: ReturnType<typeof planUsers>,
  ctx: ServiceContext,
): Promise<InvitationNotice[]> {
  const unitId = new Map((await tx.select({ id: units.id, code: units.code }).from(units)).map((u) => [u.code, u.id]));
  const notices: InvitationNotice[] = [];
  for (const { record, outcome } of planned.rows) {
    if (outcome === "unchanged") continue;
    const values = {
      name: record.name,
      role: record.role as Role,
      unitId: record.unitCode === null ? null : unitId.get(record.unitCode)!,
    };
    if (outcome === "update") {
      await tx.update(users).set(values).where(eq(users.email, record.email));
      continue;
    }
    const [user] = await tx
      .insert(users)
      .values({ ...values, email: record.email, active: true, createdAt: ctx.now })
      .returning({ id: users.id });
    if (!user) throw new Error("user insert returned nothing");
    // Only the hash is stored, as for single invitations.
    const token = randomBytes(32).toString("base64url");
    await tx.insert(userInvitations).values({
      userId: user.id,
      tokenHash: hashInvitationToken(token),
      purpose: "invite",
      expiresAt: new Date(ctx.now.getTime() + INVITATION_LIFETIME_MS),
      createdAt: ctx.now,
    });
    notices.push({ email: record.email, token, purpose: "invite" });
  }
  return notices;
}

/** The reference year of a case: the year of its filing in the city's time zone (Asia/Shanghai). */
function referenceYear(createdAt: Date, ctx: ServiceContext): number {
  return Number(ctx.calendar.localDate(createdAt).slice(0, 4));
}

function caseYears(rows: readonly CsvRow[], ctx: ServiceContext): Set<number> {
  const years = new Set<number>();
  for (const row of rows) {
    const createdAt = parseOffsetDateTime(row.values.created_at ?? "");
    if (createdAt) years.add(referenceYear(createdAt, ctx));
  }
  return years;
}

/**
 * Historic cases: each new one gets the next reference of its filing year, a contact row without
 * personal data and a hash-chained history by the system (submit, dispatch, reply, close) at the
 * times of the older system. Imported cases have no tracking code anyone knows: staff track them.
 * An open case with a unit is dispatched as of its filing time, with the deadlines that gives.
 * Every one is marked imported (`imported_at`, the time of the import): the staff case page says
 * so, and the scorecards' automatic recomputation leaves out cases imported after a period's
 * latest published version (docs/imports.md).
 */
async function applyCases(tx: Queryable, planned: ReturnType<typeof planCases>, ctx: ServiceContext) {
  const created = planned.rows.filter((r) => r.outcome === "create");
  if (created.length === 0) return;
  // FOR SHARE: the units named stay while their cases are written.
  const unitId = new Map(
    (await tx.select({ id: units.id, code: units.code }).from(units).for("share")).map((u) => [u.code, u.id]),
  );
  const categoryId = new Map(
    (await tx.select({ id: categories.id, code: categories.code }).from(categories)).map((c) => [c.code, c.id]),
  );
  const districtId = new Map(
    (await tx.select({ id: districts.id, code: districts.code }).from(districts)).map((d) => [d.code, d.id]),
  );
  for (const { record } of created) {
    const year = referenceYear(record.createdAt, ctx);
    const leadUnitId = record.leadUnitCode === null ? null : unitId.get(record.leadUnitCode)!;
    const status: CaseStatus = record.closedAt
      ? "closed"
      : record.repliedAt
        ? "replied"
        : leadUnitId !== null
          ? "dispatched"
          : "submitted";
    const lastAt = record.closedAt ?? record.repliedAt ?? record.createdAt;
    const category = categoryId.get(record.categoryCode)!;
    // A case still with its unit gets the deadlines a dispatch at its filing time would have given
    // (policy of its category, working-day calendar); replied and closed cases keep their dates.
    const policy = status === "dispatched" ? await cachedCategoryPolicy(ctx.db, category, tx) : null;
    const deadlines = policy
      ? { slaPolicyId: policy.id, ...roundDeadlines(record.createdAt, policy, ctx.calendar) }
      : {};
    const { row, submitHash } = await createCase(tx, {
      year,
      fields: {
        idempotencyKey: legacyKey(record.legacyId),
        type: record.type,
        channel: record.channel,
        status,
        categoryId: category,
        districtId: record.districtCode === null ? null : districtId.get(record.districtCode)!,
        title: record.title,
        description: record.description,
        leadUnitId,
        dispatchedAt: leadUnitId === null ? null : record.createdAt,
        clockStartedAt: leadUnitId === null ? null : record.createdAt,
        repliedAt: record.repliedAt,
        closedAt: record.closedAt,
        ...deadlines,
        replyOutcome: record.outcome,
        replyText: record.replyText,
        replyLegalBasis: record.legalBasis,
        createdAt: record.createdAt,
        updatedAt: lastAt,
        importedAt: ctx.now,
      },
      // Imported cases carry no personal data, and no tracking code anyone knows: staff track them.
      contact: { name: null, phone: null, email: null, idNumber: null, address: null },
      submit: { actor: SYSTEM_ACTOR, at: record.createdAt, note: `imported from legacy id ${record.legacyId}` },
    });

    // The rest of the older system's history, chained on from the submission.
    const history: {
      event: CaseEvent;
      from: CaseStatus | null;
      to: CaseStatus;
      at: Date;
      unitId: number | null;
      note: string | null;
    }[] = [];
    if (leadUnitId !== null)
      history.push({
        event: "dispatch",
        from: "submitted",
        to: "dispatched",
        at: record.createdAt,
        unitId: leadUnitId,
        note: null,
      });
    if (record.repliedAt)
      history.push({
        event: "reply",
        from: "dispatched",
        to: "replied",
        at: record.repliedAt,
        unitId: leadUnitId,
        note: null,
      });
    if (record.closedAt)
      history.push({
        event: record.satisfaction ? "accept_reply" : "close_unrated",
        from: "replied",
        to: "closed",
        at: record.closedAt,
        unitId: leadUnitId,
        note: null,
      });
    let prevHash = submitHash;
    for (const step of history) {
      prevHash = await appendEvent(
        tx,
        {
          caseId: row.id,
          event: step.event,
          fromStatus: step.from,
          toStatus: step.to,
          actorUserId: null,
          actorRole: "system",
          unitId: step.unitId,
          note: step.note,
          isPublic: PUBLIC_EVENTS.has(step.event),
          occurredAt: step.at,
          data: null,
        },
        prevHash,
      );
    }
    if (record.satisfaction && record.closedAt && leadUnitId !== null) {
      await tx.insert(caseFeedback).values({
        caseId: row.id,
        round: 0,
        contacted: true,
        solved: record.outcome === "resolved",
        satisfaction: record.satisfaction,
        unitId: leadUnitId,
        createdAt: record.closedAt,
      });
    }
  }
}
