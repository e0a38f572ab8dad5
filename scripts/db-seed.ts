// Seeds an empty, migrated database (use db:setup to migrate and seed in one go).
import "./load-env";
import { closeDb, getDb } from "@/db/client";
import { isSeeded, seedDatabase } from "@/db/seed";
import { env } from "@/lib/env";

async function main() {
  const db = await getDb();
  if (await isSeeded(db)) {
    console.log("Already seeded; nothing to do.");
    return;
  }
  const started = Date.now();
  const result = await db.transaction((tx) =>
    seedDatabase(tx, {
      cases: env().SEED_CASES,
      now: env().SEED_NOW ? new Date(env().SEED_NOW as string) : new Date(),
    }),
  );
  console.log(`Seeded ${result.cases} cases in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
