import "server-only";
import { desc, eq } from "drizzle-orm";
import { type Queryable, type Transaction, getDb } from "@/db/client";
import { caseCoUnits, caseEvents, cases } from "@/db/schema";
import { type Role, UNIT_ROLES } from "@/lib/domain/access/roles";
import { type CaseEvent, type CaseStatus, PUBLIC_EVENTS, mayFire, nextStatus } from "@/lib/domain/cases/lifecycle";
import { AppError } from "@/lib/errors";
import { eventHash } from "./event-hash";
import { caseNotices } from "@/lib/domain/cases/notices";
import { notifyCitizen, notifyUnit } from "@/lib/mail/workflow-mail";

export type CaseRow = typeof cases.$inferSelect;
export type CasePatch = Partial<Omit<typeof cases.$inferInsert, "id" | "status" | "reference">>;

/** Who acts: a signed-in user, a guest citizen proven by a tracking code, or the system. */
export interface CaseActor {
  userId: string | null;
  role: Role | "system";
  unitId: number | null;
}

export const SYSTEM_ACTOR: CaseActor = { userId: null, role: "system", unitId: null };

export interface TransitionOptions {
  caseId: number;
  event: CaseEvent;
  actor: CaseActor;
  now?: Date;
  note?: string | null;
  /** Shown on the public timeline? Defaults to the lifecycle's PUBLIC_EVENTS. */
  isPublic?: boolean;
  data?: Record<string, unknown> | null;
  /** Unit roles must lead the case; "lead_or_co" also admits co-handling units. */
  unitScope?: "lead" | "lead_or_co";
  /** The row, when the caller inserted it in this same transaction (nobody else can see it yet). */
  lockedRow?: CaseRow;
  /** The hash of the case's last event when the caller just wrote it (saves a look-up). */
  prevHash?: string | null;
  /** Extra checks and column changes, inside the transaction, after the guard. */
  apply?: (context: {
    tx: Transaction;
    row: CaseRow;
    now: Date;
    to: CaseStatus;
  }) => Promise<CasePatch | void> | CasePatch | void;
}

export interface TransitionResult {
  before: CaseRow;
  after: CaseRow;
}

/**
 * The one path for every change to a case: lock the row, check the transition table, the
 * actor's role and unit, update, and append the hash-chained event — all in one transaction.
 */
export async function transitionCase(options: TransitionOptions, db?: Queryable): Promise<TransitionResult> {
  const database = db ?? (await getDb());
  return database.transaction((tx) => transitionInTransaction(tx, options));
}

export async function transitionInTransaction(tx: Transaction, options: TransitionOptions): Promise<TransitionResult> {
  const now = options.now ?? new Date();
  const [row] = options.lockedRow
    ? [options.lockedRow]
    : await tx.select().from(cases).where(eq(cases.id, options.caseId)).for("update");
  if (!row) throw new AppError("not_found");

  const { actor, event } = options;
  if (!mayFire(actor.role, event)) throw new AppError("forbidden", `${actor.role} may not ${event}`);
  if (UNIT_ROLES.has(actor.role as Role)) await assertUnitScope(tx, row, actor, options.unitScope ?? "lead");
  const to = nextStatus(row.status, event);
  if (!to) throw new AppError("invalid_transition", `${event} is not allowed from ${row.status}`);

  const patch = (await options.apply?.({ tx, row, now, to })) ?? {};
  const [after] = await tx
    .update(cases)
    .set({ ...patch, status: to, updatedAt: now })
    .where(eq(cases.id, row.id))
    .returning();
  if (!after) throw new AppError("not_found");

  await appendEvent(
    tx,
    {
      caseId: row.id,
      event,
      fromStatus: row.status,
      toStatus: to,
      actorUserId: actor.userId,
      actorRole: actor.role,
      unitId: actor.unitId ?? after.leadUnitId,
      note: options.note ?? null,
      isPublic: options.isPublic ?? PUBLIC_EVENTS.has(event),
      occurredAt: now,
      data: options.data ?? null,
    },
    options.prevHash,
  );
  // Who hears of it is queued with the change itself (the outbox: docs/notices.md).
  for (const notice of caseNotices(event, to)) {
    if (notice.to === "citizen") await notifyCitizen(after, notice.notice, tx);
    else await notifyUnit(after.leadUnitId, after, tx);
  }
  return { before: row, after };
}

async function assertUnitScope(tx: Transaction, row: CaseRow, actor: CaseActor, scope: "lead" | "lead_or_co") {
  // The unit a report accuses may do nothing with it, nor learn that it exists.
  if (actor.unitId !== null && row.accusedUnitId === actor.unitId) throw new AppError("not_found");
  if (actor.unitId !== null && row.leadUnitId === actor.unitId) return;
  if (scope === "lead_or_co" && actor.unitId !== null) {
    const co = await tx.select().from(caseCoUnits).where(eq(caseCoUnits.caseId, row.id));
    if (co.some((c) => c.unitId === actor.unitId)) return;
  }
  // Another unit's case is not revealed to exist.
  throw new AppError("not_found");
}

type EventInsert = Omit<typeof caseEvents.$inferInsert, "id" | "prevHash" | "hash"> & {
  caseId: number;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  actorUserId: string | null;
  actorRole: string;
  unitId: number | null;
  note: string | null;
  isPublic: boolean;
  occurredAt: Date;
  data: Record<string, unknown> | null;
};

/**
 * Appends an event to a case's chain and returns its hash. The caller holds the case row lock.
 * `knownPrevHash` (null for a case's first event) skips looking up the chain's head.
 */
export async function appendEvent(tx: Queryable, event: EventInsert, knownPrevHash?: string | null): Promise<string> {
  let prevHash = knownPrevHash;
  if (prevHash === undefined) {
    const [last] = await tx
      .select({ hash: caseEvents.hash })
      .from(caseEvents)
      .where(eq(caseEvents.caseId, event.caseId))
      .orderBy(desc(caseEvents.id))
      .limit(1);
    prevHash = last?.hash ?? null;
  }
  const hash = eventHash(prevHash, event);
  await tx.insert(caseEvents).values({ ...event, prevHash, hash });
  return hash;
}
