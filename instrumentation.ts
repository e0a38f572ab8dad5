// Runs inside the Next.js server process: unless WORKER=off, this process also works the job
// queue (lib/jobs: the sweeps, petition counting, rollups, imports). `npm start` leaves it on in
// one process only (scripts/serve.ts); several machines run web servers with WORKER=off and
// `npm run worker` processes beside them (README "Several machines", docs/jobs.md).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.WORKER === "off") return;
  const { startJobWorker } = await import("./lib/jobs/queue");
  const { log, errorForLog } = await import("./lib/log");
  // A database not yet migrated (or down) must not stop pages from being served: logged, and the
  // operator runs `npm run db:migrate` / restarts.
  await startJobWorker().catch((error: unknown) =>
    log.error({ component: "jobs", err: errorForLog(error) }, "job worker did not start"),
  );
}
