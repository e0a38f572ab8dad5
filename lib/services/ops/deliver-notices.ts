import "server-only";
import { getDb } from "@/db/client";
import { type DeliveryReport, deliverDueNotices } from "@/lib/mail/deliver";
import { noticeTransports } from "@/lib/mail/transports";
import { errorForLog, log } from "@/lib/log";

/**
 * The job that empties the outbox: the deployment's transports (SMTP, or the development mailbox
 * in the demo), every due notice. Safe to run on any number of workers at once, and idempotent:
 * a notice is claimed by one run only (lib/mail/deliver.ts). Never throws; logs counts only.
 */
export async function deliverNotices(now: Date = new Date()): Promise<DeliveryReport | null> {
  try {
    const db = await getDb();
    const report = await deliverDueNotices(db, noticeTransports(db), now);
    if (report.sent + report.retrying + report.dead > 0)
      log.info({ job: "deliver-notices", ...report }, "notices delivered");
    return report;
  } catch (error) {
    log.error({ job: "deliver-notices", err: errorForLog(error) }, "notice delivery failed");
    return null;
  }
}
