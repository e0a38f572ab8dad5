import "server-only";
import type { z } from "zod";
import { type ActorFor, type Audience, actorFor } from "@/lib/auth/audience";
import { AppError, databaseUnreachable } from "@/lib/errors";
import { type LimitPolicy, type RateLimitName, enforceRateLimit } from "@/lib/http/rate-limit";
import { errorForLog, log } from "@/lib/log";
import { type ServiceContext, serviceContext } from "@/lib/services/context";
import { apiErrorResponse } from "./error-body";
import { parseBody, parseQuery } from "./parse";

/** What Next.js hands a route handler besides the request. */
export interface RouteContext {
  params: Promise<Record<string, string | string[] | undefined>>;
}

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
}

export interface RouteSpec<A extends Audience, P, Q, B> {
  audience: A;
  /** Dynamic segments; one that does not parse is a 404, like a page. */
  params?: z.ZodType<P>;
  /** The query string, each parameter at most once; a failure is a 422 with field errors. */
  query?: z.ZodType<Q>;
  /** A JSON body (or form-encoded with `bodyType: "form"`); bad syntax is a 400, bad fields a 422. */
  body?: z.ZodType<B>;
  bodyType?: "json" | "form";
  /** Largest body accepted, in bytes (413 beyond); 64 KiB unless a route needs more. */
  maxBodyBytes?: number;
  limit?: RateLimitName | { name: RateLimitName; policy: LimitPolicy };
  /** Message namespaces for field-error keys, before `validation.*`. */
  errors?: readonly string[];
  /** Answers a failure in another format than the one error body (the Open311 server's errors). */
  renderError?: (error: unknown, context: { request: Request; requestId: string }) => Response;
  /** The use case: a Response as it is, anything else as JSON with status 200. */
  handle: (
    input: RouteInput<P, Q, B>,
    actor: ActorFor<A>,
    ctx: ServiceContext & { request: Request; requestId: string },
  ) => Promise<Response | object>;
}

/**
 * The longest a route's use case may take before the client gets a 503 (Retry-After) instead of
 * waiting on: a database that went away in the middle of a query must not hang a request
 * (docs/jobs.md#when-a-part-is-down). The work itself is not cancelled: if it does commit later, a
 * retry with the same idempotency key (or email, for a signature) finds it.
 */
const ROUTE_DEADLINE_MS = 10_000;

async function withinDeadline<T>(work: Promise<T>, requestId: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      log.warn({ requestId }, "route deadline passed: answered 503");
      reject(new AppError("unavailable", "deadline passed", undefined, 5));
    }, ROUTE_DEADLINE_MS);
  });
  // A late failure of abandoned work must not become an unhandled rejection.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The one route-handler pipeline for app/api: authorise the caller, parse params, query and body
 * with zod, take the rate limit, call the use case, and answer every failure with the one error
 * body (lib/api/error-body.ts); an unexpected error is a 500 logged once with the request id.
 *
 *   export const GET = apiRoute({ audience: "anyone", params: z.object({ id: idSchema }),
 *     handle: ({ params }, _actor, ctx) => petitionJson(params.id, ctx) });
 */
export function apiRoute<A extends Audience, P = undefined, Q = undefined, B = undefined>(
  spec: RouteSpec<A, P, Q, B>,
): (request: Request, context: RouteContext) => Promise<Response> {
  return async (request, context) => {
    const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
    try {
      const result = await withinDeadline(
        (async () => {
          const actor = await actorFor(spec.audience);
          const params = spec.params ? parseParams(spec.params, await context.params) : (undefined as P);
          const query = spec.query ? parseQuery(spec.query, new URL(request.url).searchParams) : (undefined as Q);
          const body = spec.body ? await parseBody(spec, request) : (undefined as B);
          if (spec.limit) {
            if (typeof spec.limit === "string") await enforceRateLimit(spec.limit);
            else await enforceRateLimit(spec.limit.name, spec.limit.policy);
          }
          const ctx = { ...(await serviceContext()), request, requestId };
          return spec.handle({ params, query, body }, actor, ctx);
        })(),
        requestId,
      );
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      if (!(error instanceof AppError)) {
        const outage = databaseUnreachable(error);
        log[outage ? "warn" : "error"](
          { requestId, route: new URL(request.url).pathname, err: errorForLog(error) },
          outage ? "route failed: database unreachable" : "route failed",
        );
      }
      if (spec.renderError) return spec.renderError(error, { request, requestId });
      return apiErrorResponse(error, { requestId, namespaces: spec.errors });
    }
  };
}

function parseParams<P>(schema: z.ZodType<P>, raw: Record<string, string | string[] | undefined>): P {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError("not_found");
  return parsed.data;
}
