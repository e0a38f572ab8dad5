// The demo recipe's database step: applies migrations and, when the database is empty, seeds the
// demo city (accounts with a published password). Never for production: there, `npm run
// db:migrate` then `npm run admin:create` (README "Deploying"). Writes .env.local (AUTH_SECRET).
import "./load-env";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { closeDb, getConnection } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { isSeeded, seedDatabase } from "@/db/seed";
import { env } from "@/lib/env";

function ensureLocalEnvFile() {
  if (process.env.CI || process.env.AUTH_SECRET || fs.existsSync(".env.local")) return;
  const lines = [
    "# Written by `npm run db:setup` for the local demo. Safe to edit or delete.",
    `AUTH_SECRET=${randomBytes(32).toString("base64url")}`,
  ];
  fs.writeFileSync(".env.local", `${lines.join("\n")}\n`);
  console.log("Wrote .env.local with a fresh AUTH_SECRET for the demo.");
}

async function main() {
  ensureLocalEnvFile();
  await migrateDatabase();
  const { driver, db } = await getConnection();
  if (await isSeeded(db)) {
    console.log(`Database ready (${driver}); already seeded.`);
    return;
  }
  const started = Date.now();
  const now = env().SEED_NOW ? new Date(env().SEED_NOW as string) : new Date();
  const result = await db.transaction((tx) => seedDatabase(tx, { cases: env().SEED_CASES, now }));
  console.log(
    `Seeded the demo city on ${driver}: ${result.cases} cases in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
