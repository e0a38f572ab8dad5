// The server the browser tests run against: a fresh database (PostgreSQL when TEST_DATABASE_URL
// is set, else an embedded PGlite directory of its own), seeded, then a production build.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import postgres from "postgres";
import { assertDisposable } from "../tests/disposable-database";

const port = Number(process.env.E2E_PORT ?? 3100);

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_SECRET: "e2e-secret-not-for-production-0123456789",
  AUTH_TRUST_HOST: "true",
  MAILBOX_ENABLED: "true",
  // A build directory of its own, so a running demo server (.next) is left alone.
  NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e",
  SEED_CASES: process.env.E2E_SEED_CASES ?? "1500",
  LOG_LEVEL: "warn",
  // Every test signs in from the same address; the limits themselves are unit-tested.
  RATE_LIMITS_DISABLED: "true",
  // Switches on the tests' hooks (app/api/test-hooks): factories and database facts, run inside
  // the server because the embedded database belongs to its process. playwright.config.ts sets
  // it for the tests too; a production server refuses to start with it (lib/domain/deployment).
  E2E_HOOKS_TOKEN: process.env.E2E_HOOKS_TOKEN ?? `e2e-hooks-${port}-not-for-production`,
};

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function freshDatabase() {
  if (process.env.TEST_DATABASE_URL) {
    env.DATABASE_URL = process.env.TEST_DATABASE_URL;
    assertDisposable(process.env.TEST_DATABASE_URL);
    // Start from an empty schema: the integration tests may have used the same database.
    const admin = postgres(process.env.TEST_DATABASE_URL, { max: 1, onnotice: () => undefined });
    await admin.unsafe(
      "drop schema if exists public cascade; drop schema if exists drizzle cascade; drop schema if exists pgboss cascade; create schema public;",
    );
    await admin.end();
  } else {
    delete env.DATABASE_URL;
    // One directory per port, so two test servers never share (and wipe) one database.
    const dir = port === 3100 ? ".data/pglite-e2e" : `.data/pglite-e2e-${port}`;
    env.PGLITE_DIR = dir;
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(`${dir}.lock`, { force: true });
  }
}

async function main() {
  await freshDatabase();
  run("npx", ["tsx", "scripts/db-setup.ts"]);
  if (!process.env.E2E_SKIP_BUILD) run("npx", ["next", "build"]);
  const server = spawn("npx", ["tsx", "scripts/serve.ts", "--demo"], {
    stdio: "inherit",
    env: { ...env, PORT: String(port) },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

void main();
