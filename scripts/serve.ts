// npm start — the production server: the built app (next build) served by WEB_CONCURRENCY worker
// processes sharing one port (node:cluster), so a server with several cores uses them all. One
// Node.js process renders on one core; a petition surge needs the rest (docs/petitions.md).
// Only the first worker runs the background jobs (lib/jobs, docs/jobs.md); with WORKER=off none
// does, for a web server beside `npm run worker` processes (README "Several machines").
// The embedded database (PGlite, no DATABASE_URL) lives inside one process, so it gets one worker.
// Demo and production are two recipes: with `--demo` (npm run demo) the server has the demo
// city, the development mailbox, and listens on this machine only; without it, it is a production
// server and refuses to start while anything of the demo could reach it (README "Deploying").
//   PORT (3000), WEB_CONCURRENCY (1; "auto" = one per core), TRUSTED_PROXIES (none)
import "./server-only-shim.cjs";
import cluster from "node:cluster";
import { randomBytes } from "node:crypto";
import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import { availableParallelism } from "node:os";
import { loadEnvConfig } from "@next/env";
import { READINESS_FIXES } from "@/lib/domain/deployment/readiness";
import { parseTrustedProxies } from "@/lib/domain/limits/client-address";
import { env } from "@/lib/env";
import { bodyRefusal } from "@/lib/http/body-limit";
import { pathRefusal } from "@/lib/http/path-refusal";
import { pinForwardedHeaders, stampClientAddress } from "@/lib/http/client-address";
import { withGuestPageCache } from "@/lib/http/guest-page-cache";
import { workerCount } from "@/lib/http/workers";

// Serving a build is production, whatever the shell says; set before Next.js loads, which reads it.
(process.env as { NODE_ENV?: string }).NODE_ENV = "production";
if (process.argv.includes("--demo")) process.env.ANSWERABLE_MODE = "demo";
loadEnvConfig(process.cwd(), false);
// The proof that the client-address header is this server's own; the workers inherit it.
process.env.ANSWERABLE_CLIENT_PROOF ??= randomBytes(24).toString("base64url");

const port = Number(process.env.PORT ?? 3000);
const workers = workerCount({
  requested: process.env.WEB_CONCURRENCY,
  cores: availableParallelism(),
  embeddedDatabase: !process.env.DATABASE_URL,
});

/** Production only: the database and environment must hold nothing of the demo. */
async function refuseUnsafeProduction(): Promise<void> {
  if (env().demo) return;
  const { closeDb, getDb } = await import("@/db/client");
  const { deploymentProblems } = await import("@/lib/services/ops/deployment-readiness");
  const problems = await deploymentProblems(await getDb(), env());
  await closeDb();
  if (problems.length === 0) return;
  console.error(
    [
      "Answerable will not start as a production server:",
      ...problems.map((problem) => `  - ${READINESS_FIXES[problem]}`),
      "For the local demo instead, run `npm run demo`.",
    ].join("\n"),
  );
  process.exit(1);
}

/** A client that stops sending (a body shorter than its length, slow headers) is cut off soon. */
function limitSlowClients(server: Server): void {
  server.keepAliveTimeout = 5_000;
  server.headersTimeout = 15_000;
  server.requestTimeout = 120_000;
  // No byte either way for 20 s: the socket is closed (uploads keep it busy while they flow).
  server.timeout = 20_000;
}

async function serve(): Promise<void> {
  process.env.PORT = String(port);
  const { default: next } = await import("next");
  const app = next({ dev: false, hostname: "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  // Guests' petition pages come from a one-second micro-cache filled through this same server.
  const cached = withGuestPageCache((request, response) => void handle(request, response), `http://127.0.0.1:${port}`);
  const trusted = parseTrustedProxies(env().TRUSTED_PROXIES);
  const proof = env().ANSWERABLE_CLIENT_PROOF ?? "";
  const siteUrl = env().appUrl;
  const onRequest = (request: IncomingMessage, response: ServerResponse) => {
    const refusal = pathRefusal(request.url) ?? bodyRefusal(request);
    if (refusal) {
      response.writeHead(refusal, { "content-type": "text/plain; charset=utf-8", connection: "close" });
      response.end(
        refusal === 413 ? "Request body too large.\n" : refusal === 411 ? "Length required.\n" : "Bad request.\n",
      );
      return;
    }
    stampClientAddress(request, trusted, proof);
    pinForwardedHeaders(request, siteUrl);
    cached(request, response);
  };
  const server = createServer(onRequest);
  limitSlowClients(server);
  // A port already taken (or any listen error) stops the process rather than leaving it idle.
  server.on("error", (error) => {
    console.error(`cannot serve on port ${port}: ${error.message}`);
    process.exit(1);
  });
  const announce = () => {
    if (cluster.isPrimary || cluster.worker?.id === 1)
      console.log(
        `Answerable ${env().demo ? "demo " : ""}on ${env().demo ? `http://localhost:${port}` : env().appUrl} with ${workers} worker${workers === 1 ? "" : "s"}`,
      );
  };
  const servers = [server];
  if (env().demo) {
    // The demo is never online: loopback only, IPv4 and (where the machine has it) IPv6.
    server.listen(port, "127.0.0.1", announce);
    const ipv6 = createServer(onRequest);
    limitSlowClients(ipv6);
    ipv6.on("error", () => undefined);
    ipv6.listen(port, "::1");
    servers.push(ipv6);
  } else {
    server.listen(port, announce);
  }
  const stop = () => {
    for (const extra of servers.slice(1)) extra.close();
    server.close(() => process.exit(0));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

function supervise(): void {
  let stopping = false;
  const startedAt = new Map<number, number>();
  const fork = (jobs: boolean) => {
    // The job runner keeps the operator's WORKER (on unless "off"); the others serve pages only.
    const worker = cluster.fork(jobs ? {} : { WORKER: "off" });
    startedAt.set(worker.id, Date.now());
    return worker;
  };
  const jobRunner = new Set<number>();
  for (let i = 0; i < workers; i++) {
    const worker = fork(i === 0);
    if (i === 0) jobRunner.add(worker.id);
  }
  // A worker that dies is replaced; the replacement of the job runner runs the jobs.
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    // A worker that cannot even start (a taken port, a missing build) would only fail again.
    if (Date.now() - (startedAt.get(worker.id) ?? 0) < 15_000) {
      console.error(`worker ${worker.process.pid} exited (${signal ?? code}) while starting; stopping`);
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.kill("SIGTERM");
      process.exitCode = 1;
      return;
    }
    console.error(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    const ranJobs = jobRunner.delete(worker.id);
    const replacement = fork(ranJobs);
    if (ranJobs) jobRunner.add(replacement.id);
  });
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
      setTimeout(() => process.exit(0), 10_000).unref();
      cluster.on("exit", () => {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      });
    });
  }
}

async function main(): Promise<void> {
  if (cluster.isPrimary) await refuseUnsafeProduction();
  if (cluster.isPrimary && workers > 1) supervise();
  else await serve();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
