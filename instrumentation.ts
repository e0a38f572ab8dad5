// Runs inside the Next.js server process: the periodic sweep that turns the clock into events.
// With several workers (scripts/serve.ts) only one runs the jobs: ANSWERABLE_JOBS=off on the rest.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.ANSWERABLE_JOBS === "off") return;
  const { startSweeper } = await import("./lib/services/sweeper");
  startSweeper();
}
