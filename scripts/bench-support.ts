// What every benchmark script shares: command-line numbers, child processes with the bench's
// environment, a fresh PostgreSQL database, waiting for the server, and percentiles.
import { spawnSync } from "node:child_process";
import http from "node:http";
import postgres from "postgres";

/** `--name 42` from the command line, or the fallback. */
export function numberOption(name: string, fallback: number): number {
  const args = process.argv.slice(2);
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
}

/** Runs a command to completion with the given environment; throws when it fails. */
export function run(env: NodeJS.ProcessEnv, command: string, commandArgs: string[]): void {
  const result = spawnSync(command, commandArgs, { stdio: ["ignore", "inherit", "inherit"], env });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(" ")} failed`);
}

/** Drops and recreates `dbName` on the server of `adminUrl`, then migrates and seeds it. */
export async function freshDatabase(env: NodeJS.ProcessEnv, adminUrl: string, dbName: string): Promise<void> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`drop database if exists ${dbName} with (force)`);
  await admin.unsafe(`create database ${dbName}`);
  await admin.end();
  run(env, "npx", ["tsx", "scripts/db-setup.ts"]);
}

export async function waitForServer(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not answer at ${url}`);
}

/** Nearest-rank percentile of ascending values (0 for none). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1024 });

/**
 * One HTTP request over a kept-alive connection. Node's http client costs the load generator a
 * fraction of the CPU `fetch` does, and on a 2-core machine the generator shares the cores with
 * the server it measures: with `fetch` it alone took a third of the machine.
 */
export function httpRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: Buffer }> {
  const target = new URL(url);
  const body = options.body === undefined ? undefined : Buffer.from(options.body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: options.method ?? "GET",
        agent: keepAlive,
        headers: { ...options.headers, ...(body ? { "content-length": String(body.length) } : {}) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}
