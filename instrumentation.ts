// Runs inside the Next.js server process: the periodic sweep that turns the clock into events.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startSweeper } = await import("./lib/services/sweeper");
  startSweeper();
}
