// npm run verify:events — walks every case's event chain, the admin audit chain and every
// published daily checkpoint (docs/integrity.md) on the configured database. Exits 0 when all
// hold; exits 1 naming the first broken link. With CHECKPOINT_PUBLIC_KEY (base64url, raw 32 bytes)
// it also insists that every checkpoint was signed by that key.
import "./load-env";
import { closeDb, getDb } from "@/db/client";
import { verifyEventLogs } from "@/lib/services/integrity/verify-event-logs";

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main() {
  const expectedPublicKey = option("public-key") ?? process.env.CHECKPOINT_PUBLIC_KEY ?? null;
  const report = await verifyEventLogs(await getDb(), {
    expectedPublicKey,
    requireSignatures: Boolean(expectedPublicKey) || process.argv.includes("--require-signatures"),
  });
  const summary = `${report.caseChains} case chains, ${report.events} events, ${report.auditRows} audit rows, ${report.checkpoints} checkpoints`;
  const broken = report.broken;
  if (!broken) {
    console.log(`verify:events ok: ${summary}`);
    return;
  }
  const where =
    broken.kind === "case_event"
      ? `case ${broken.reference ?? broken.caseId}, event id ${broken.eventId}: its hash does not match its content or the event before it`
      : broken.kind === "audit_row"
        ? `admin audit row id ${broken.auditId}: its hash does not match its content or the row before it`
        : `checkpoint of ${broken.day}: ${{ root: "the events it covered no longer give its root", signature: "its signature does not verify", unsigned: "it is not signed", key: "it was signed by another key" }[broken.reason]}`;
  console.error(`verify:events FAILED at ${where} (checked before it: ${summary}).`);
  process.exitCode = 1;
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  })
  .finally(() => closeDb());
