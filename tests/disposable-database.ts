// The one guard before a test harness drops a schema (scripts/e2e-server.ts, tests/integration):
// only a database on this machine whose name says it is for tests may be wiped.

const LOCAL_HOSTS = new Set(["", "localhost", "127.0.0.1", "::1", "[::1]"]);

/** Why this PostgreSQL URL must not be wiped, or null when it is a local test database. */
export function whyNotDisposable(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "it is not a URL";
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) return "it is not a postgres:// URL";
  // A Unix socket is named by ?host=/path (or an empty host): this machine either way.
  const socket = parsed.searchParams.get("host");
  const host = socket ?? decodeURIComponent(parsed.hostname);
  const local = LOCAL_HOSTS.has(host) || host.startsWith("/");
  if (!local) return `its host ${host} is not this machine (localhost, 127.0.0.1 or a socket)`;
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
  if (!name) return "it names no database";
  if (!(/test|ci/i.test(name) || name.startsWith("answerable_")))
    return `its name ${name} is not a test name (contains "test" or "ci", or starts with "answerable_")`;
  return null;
}

/** Throws unless the schema of this database may be dropped. */
export function assertDisposable(url: string): void {
  const why = whyNotDisposable(url);
  if (why) throw new Error(`Refusing to drop the schema of ${redacted(url)}: ${why}.`);
}

function redacted(url: string): string {
  return url.replace(/\/\/[^@/]*@/, "//…@");
}
