// How many worker processes serve the app (scripts/serve.ts). WEB_CONCURRENCY is the usual name:
// a whole number, or "auto" for one per core. The embedded database lives inside one process,
// so without DATABASE_URL there is always exactly one.
export function workerCount(options: {
  requested: string | undefined;
  cores: number;
  embeddedDatabase: boolean;
}): number {
  if (options.embeddedDatabase) return 1;
  const requested = options.requested?.trim().toLowerCase();
  if (requested === "auto") return Math.max(1, options.cores);
  const count = Number(requested);
  return Number.isInteger(count) && count >= 1 && count <= 64 ? count : 1;
}
