// What the fault tests (servers-survive-faults.spec.ts) run beside the suite's own server: a
// throwaway PostgreSQL cluster they may stop and start, databases in it, and web servers and
// workers of the built app as separate processes. Nothing here touches the suite's database.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";

const PG_BIN = (() => {
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return null;
  const versions = fs.readdirSync(root).sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0]!, "bin") : null;
})();

/** Why the fault tests cannot run here, or null when they can. */
export function faultTestsUnavailable(): string | null {
  if (!process.env.TEST_DATABASE_URL) return "the fault tests run on PostgreSQL only (TEST_DATABASE_URL)";
  if (!PG_BIN || !fs.existsSync(path.join(PG_BIN, "initdb"))) return "no PostgreSQL server binaries (initdb) here";
  return null;
}

/** initdb refuses root: as root, run the cluster as the postgres user. */
function asClusterOwner(command: string, args: string[]): string[] {
  return process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--", command, ...args] : [command, ...args];
}

function run(command: string, args: string[]): void {
  const [bin, ...rest] = asClusterOwner(command, args);
  execFileSync(bin!, rest, { stdio: "pipe" });
}

export interface Cluster {
  port: number;
  url(database: string): string;
  createDatabase(name: string): Promise<string>;
  stop(): void;
  start(): void;
  destroy(): void;
}

/** A PostgreSQL cluster of its own in a temporary directory, trust auth, on `port`. */
export function startCluster(port: number): Cluster {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), "answerable-fault-pg-"));
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres", data]);
  const bin = (name: string) => path.join(PG_BIN!, name);
  run(bin("initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  const pgCtl = (...args: string[]) => run(bin("pg_ctl"), ["-D", data, "-w", "-l", path.join(data, "log"), ...args]);
  const options = `-p ${port} -h 127.0.0.1 -k ${data} -c fsync=off`;
  const cluster: Cluster = {
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async createDatabase(name) {
      const admin = postgres(cluster.url("postgres"), { max: 1, onnotice: () => undefined });
      await admin.unsafe(`create database ${name}`);
      await admin.end();
      return cluster.url(name);
    },
    start: () => pgCtl("-o", options, "start"),
    // "fast": what a restart does to the app's connections (terminated, then refused).
    stop: () => pgCtl("-m", "fast", "stop"),
    destroy() {
      try {
        cluster.stop();
      } catch {
        // not running
      }
      fs.rmSync(data, { recursive: true, force: true });
    },
  };
  cluster.start();
  return cluster;
}

const distDir = process.env.E2E_DIST_DIR ?? ".next-e2e";

function appEnv(databaseUrl: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: "fault-tests-secret-not-for-production-0123",
    AUTH_TRUST_HOST: "true",
    LOG_LEVEL: "error",
    SEED_CASES: "30",
    ...extra,
  };
  // These belong to the suite's own server.
  delete env.E2E_HOOKS_TOKEN;
  delete env.PGLITE_DIR;
  return env;
}

/** Migrates and seeds a database the way `npm run db:setup` does (the demo city, a few cases). */
export function setUpDatabase(databaseUrl: string): void {
  execFileSync(process.execPath, ["--import", "tsx", "scripts/db-setup.ts"], {
    env: { ...appEnv(databaseUrl, {}), NODE_ENV: "development" },
    stdio: "pipe",
  });
}

export interface AppProcess {
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Each process's output goes to a file beside the test results, for a failure's post-mortem. */
function logFile(name: string): number {
  const dir = path.join("test-results", "fault-servers");
  fs.mkdirSync(dir, { recursive: true });
  return fs.openSync(path.join(dir, `${name}.log`), "a");
}

function startProcess(args: string[], env: NodeJS.ProcessEnv, name: string): AppProcess {
  // `node --import tsx` (not npx): one process tree we can stop.
  const out = logFile(name);
  const child = spawn(process.execPath, ["--import", "tsx", ...args], { env, stdio: ["ignore", out, out] });
  child.once("exit", () => fs.closeSync(out));
  return {
    child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A web server of the built app (the demo recipe: loopback only), ready when it answers /api/health. */
export async function startWebServer(
  databaseUrl: string,
  port: number,
  extra: Record<string, string> = {},
): Promise<AppProcess> {
  const server = startProcess(
    ["scripts/serve.ts", "--demo"],
    appEnv(databaseUrl, { PORT: String(port), LOG_LEVEL: "warn", ...extra }),
    `web-${port}`,
  );
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    if (server.child.exitCode !== null) throw new Error(`the web server on ${port} exited (${server.child.exitCode})`);
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`the web server on ${port} did not come up`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A job worker (`npm run worker`). */
let workers = 0;
export function startWorker(databaseUrl: string): AppProcess {
  return startProcess(
    ["scripts/worker.ts"],
    { ...appEnv(databaseUrl, {}), NODE_ENV: "development" },
    `worker-${++workers}`,
  );
}
