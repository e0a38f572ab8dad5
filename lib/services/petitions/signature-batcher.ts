import "server-only";
import { sql } from "drizzle-orm";
import { type Queryable, sqlRows } from "@/db/client";
import { mailOutbox, petitionSignatures } from "@/db/schema";
import { petitionMailTag } from "@/lib/domain/privacy/retention";

// Group commit for pending signatures: the requests that arrive within a few milliseconds of
// each other share ONE statement (a multi-row INSERT … ON CONFLICT DO NOTHING whose inserted rows
// also insert their confirmation mails). Each request is answered only after that statement has
// committed, so a 202 still means "durably stored". Under a surge this turns hundreds of round
// trips a second into a few dozen; alone, a signature waits at most MAX_WAIT_MS.

export interface PendingSignature {
  petitionId: number;
  name: string;
  email: string;
  canonicalEmail: string;
  emailDomain: string;
  districtId: number;
  notify: boolean;
  ipAddress: string | null;
  tokenHash: string;
  createdAt: Date;
  mail: { to: string; subject: string; body: string };
}

const MAX_BATCH = 200;
const MAX_WAIT_MS = 3;

interface Queue {
  items: { row: PendingSignature; resolve: () => void; reject: (error: unknown) => void }[];
  timer: NodeJS.Timeout | null;
}

const queues = new WeakMap<object, Queue>();

export function storePendingSignature(db: Queryable, row: PendingSignature): Promise<void> {
  let queue = queues.get(db);
  if (!queue) {
    queue = { items: [], timer: null };
    queues.set(db, queue);
  }
  const current = queue;
  return new Promise<void>((resolve, reject) => {
    current.items.push({ row, resolve, reject });
    if (current.items.length >= MAX_BATCH) flush(db, current);
    else current.timer ??= setTimeout(() => flush(db, current), MAX_WAIT_MS);
  });
}

function flush(db: Queryable, queue: Queue): void {
  if (queue.timer) clearTimeout(queue.timer);
  queue.timer = null;
  const batch = queue.items.splice(0, MAX_BATCH);
  if (batch.length === 0) return;
  if (queue.items.length) queue.timer = setTimeout(() => flush(db, queue), 0);
  insertBatch(
    db,
    batch.map((b) => b.row),
  ).then(
    () => batch.forEach((b) => b.resolve()),
    (error: unknown) => (batch.length === 1 ? batch[0]!.reject(error) : void insertAlone(db, batch)),
  );
}

/** A batch that failed is retried row by row, so one bad row fails only its own request. */
async function insertAlone(db: Queryable, batch: Queue["items"]): Promise<void> {
  for (const item of batch) {
    await insertBatch(db, [item.row]).then(item.resolve, item.reject);
  }
}

async function insertBatch(db: Queryable, rows: PendingSignature[]): Promise<void> {
  const values = sql.join(
    rows.map(
      (r) =>
        sql`(${r.petitionId}::int, 'pending'::signature_status, ${r.name}, ${r.email}, ${r.canonicalEmail}, ${r.emailDomain}, ${r.districtId}::int, ${r.notify}::boolean, ${r.ipAddress}::inet, ${r.tokenHash}, ${r.createdAt.toISOString()}::timestamptz)`,
    ),
    sql`, `,
  );
  const mails = sql.join(
    rows.map(
      (r) =>
        sql`(${r.tokenHash}, ${r.mail.to}, ${r.mail.subject}, ${r.mail.body}, ${petitionMailTag(r.petitionId)}, ${r.createdAt.toISOString()}::timestamptz)`,
    ),
    sql`, `,
  );
  // A repeated email (earlier, or twice in this batch) inserts no row and so gets no mail.
  await sqlRows(
    db,
    sql`with signed as (
      insert into ${petitionSignatures} (petition_id, status, name, email, canonical_email, email_domain, district_id, notify, ip_address, token_hash, created_at)
      values ${values}
      on conflict do nothing
      returning token_hash
    ), mail (token_hash, to_address, subject, body, about, created_at) as (values ${mails})
    insert into ${mailOutbox} (to_address, subject, body, about, created_at)
    select mail.to_address, mail.subject, mail.body, mail.about, mail.created_at from mail join signed on signed.token_hash = mail.token_hash`,
  );
}
