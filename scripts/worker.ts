// npm run worker — a process that runs the background jobs and serves no pages (docs/jobs.md).
// Start as many as you like on one PostgreSQL: every scheduled job still runs once per period.
// With the embedded database (no DATABASE_URL) there is one process, `npm start`: its jobs run there.
import "./load-env";
import { closeDb } from "@/db/client";
import { startJobWorker, stopJobQueue } from "@/lib/jobs/queue";

async function main(): Promise<void> {
  await startJobWorker();
  console.log("Answerable worker running the background jobs (Ctrl-C stops it)");
  const stop = async () => {
    // Running jobs finish (past 20 s they go back to the queue, for this or another worker).
    await stopJobQueue();
    await closeDb();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop());
  process.once("SIGINT", () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
