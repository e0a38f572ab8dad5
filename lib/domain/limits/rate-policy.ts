// A limit as the product states it: `capacity` requests at once (the burst) and `perMinute`
// sustained. The shared limiter (rate-limiter-flexible) counts fixed windows, so a policy becomes
// `capacity` points per window of the time the sustained rate takes to earn them back:
// { capacity: 5, perMinute: 10 } → 5 requests per 30 s. The burst and the long-run rate stay as
// they were; what changes is that the points come back all at once when the window ends (a token
// bucket gave one back every 60/perMinute s), so a client that waits for a window's end can send
// up to twice the capacity in a short time, and a refused one waits for the window's end.
export interface LimitPolicy {
  capacity: number;
  perMinute: number;
}

export interface LimiterWindow {
  /** Requests allowed in one window. */
  points: number;
  /** The window's length, in whole seconds (what the stores take). */
  durationSeconds: number;
}

export function limiterWindow(policy: LimitPolicy): LimiterWindow {
  const points = Math.max(1, Math.floor(policy.capacity));
  if (!(policy.perMinute > 0)) throw new Error("a limit needs a positive sustained rate");
  return { points, durationSeconds: Math.max(1, Math.round((60 * points) / policy.perMinute)) };
}
