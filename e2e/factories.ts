// The browser tests' side of db/factories.ts: each call runs a factory (or reads a fact the page
// cannot show) inside the e2e server, through its test hooks (app/api/test-hooks). Why the
// server: the embedded PGlite database belongs to the server's process and cannot be opened from
// here; on PostgreSQL the same route keeps both databases on one path.
import type { CaseOptions, MadeCase } from "@/db/factories";

const port = Number(process.env.E2E_PORT ?? 3100);

async function hook<T>(name: string, args: object = {}): Promise<T> {
  const response = await fetch(`http://localhost:${port}/api/test-hooks/${name}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-e2e-hooks-token": process.env.E2E_HOOKS_TOKEN ?? "" },
    body: JSON.stringify(args),
  });
  if (!response.ok) throw new Error(`test hook ${name}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { result: T }).result;
}

/** A case filed by a guest, waiting for the dispatch centre. */
export const submittedCase = (options: CaseOptions = {}) => hook<MadeCase>("submittedCase", { options });

/** Dispatched to this unit (by code, e.g. "water-group"), waiting for it to sign for. */
export const caseAwaitingSignFor = (unit: string, options: CaseOptions = {}) =>
  hook<MadeCase>("caseAwaitingSignFor", { unit, options });

/** Signed for and the citizen contacted: waiting for the unit's reply. */
export const caseAwaitingReply = (unit: string, options: CaseOptions = {}) =>
  hook<MadeCase>("caseAwaitingReply", { unit, options });

/** Replied by the unit's head: waiting for the citizen's feedback. */
export const repliedCase = (unit: string, options: CaseOptions & { reply?: string } = {}) =>
  hook<MadeCase>("repliedCase", { unit, options });

/** An appraisal campaign over these units, open for votes. */
export const openCampaign = (args: { name?: string; units: string[]; periodFrom: string; periodTo: string }) =>
  hook<{ id: number }>("openCampaign", args);

export interface StoredEvent {
  event: string;
  toStatus: string;
  actorRole: string;
  isPublic: boolean;
  note: string | null;
}

/** A case's events as stored, oldest first: the internal ones no page shows to everyone. */
export const eventsOfCase = (reference: string) => hook<StoredEvent[]>("eventsOfCase", { reference });

export interface AuditEntry {
  action: string;
  subject: string;
  actorEmail: string | null;
  before: unknown;
  after: unknown;
}

/** The newest rows of the administrators' audit log with this action. */
export const auditEntries = (action: string, limit = 5) => hook<AuditEntry[]>("auditEntries", { action, limit });

/** A supervision notice whose answer fell due a minute ago (its issue and due instants moved back). */
export const noticePastDue = (noticeId: number) => hook<{ dueAt: string }>("noticePastDue", { noticeId });

/** A closed appraisal campaign in which this unit's result is red (one red light, no scorecard). */
export const redAppraisal = (unit: string, name?: string) => hook<{ id: number }>("redAppraisal", { unit, name });

/** Runs a scheduled job in the e2e server now, or at a test clock's moment (app/api/test-hooks `runJob`). */
export const runJob = (job: string, at?: Date) =>
  hook<{ summary?: Record<string, number> }>("runJob", { job, at: at?.toISOString() });
