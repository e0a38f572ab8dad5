import { createHash, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import * as factories from "@/db/factories";
import { apiRoute } from "@/lib/api/route";
import { env } from "@/lib/env";
import { isJobName, runJobNow } from "@/lib/jobs/registry";
import { AppError } from "@/lib/errors";

// The browser tests' hooks (e2e/factories.ts): state made by the use cases and facts a page cannot
// show, inside the server that holds the database. Only when E2E_HOOKS_TOKEN is set (the e2e
// server sets it; a production server refuses to start with it) and the caller presents it;
// otherwise this route does not exist.
/** The arguments of every hook, as the test sends them (it is the test's own server). */
interface HookArgs {
  unit: string;
  options?: factories.CaseOptions;
  reference: string;
  action: string;
  limit?: number;
  units: string[];
  periodFrom: string;
  periodTo: string;
  name?: string;
  /** runJob: which job, and the moment it believes it is (a test clock; now if absent). */
  job?: string;
  at?: string;
  noticeId: number;
}
type Hook = (args: HookArgs, ctx: Parameters<typeof factories.submittedCase>[0]) => Promise<unknown>;

const HOOKS = {
  submittedCase: (args, ctx) => factories.submittedCase(ctx, args.options),
  caseAwaitingSignFor: (args, ctx) => factories.caseAwaitingSignFor(ctx, args.unit, args.options),
  caseAwaitingReply: (args, ctx) => factories.caseAwaitingReply(ctx, args.unit, args.options),
  repliedCase: (args, ctx) => factories.repliedCase(ctx, args.unit, args.options),
  openCampaign: (args, ctx) => factories.openCampaign(ctx, args),
  eventsOfCase: (args, ctx) => factories.eventsOfCase(ctx.db, args.reference),
  auditEntries: (args, ctx) => factories.auditEntries(ctx.db, args.action, args.limit),
  noticePastDue: (args, ctx) => factories.noticePastDue(ctx, args.noticeId),
  redAppraisal: (args, ctx) => factories.redAppraisal(ctx, { unit: args.unit, name: args.name }),
  runJob: (args, ctx) => {
    if (!args.job || !isJobName(args.job)) throw new AppError("validation", "no such job");
    return runJobNow(args.job, { ctx: { ...ctx, now: args.at ? new Date(args.at) : ctx.now } });
  },
} satisfies Record<string, Hook>;

function presented(request: Request): boolean {
  const expected = env().E2E_HOOKS_TOKEN;
  const given = request.headers.get("x-e2e-hooks-token");
  if (!expected || !given || !env().demo) return false;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(expected), digest(given));
}

export const POST = apiRoute({
  audience: "anyone",
  params: z.object({ hook: z.enum(Object.keys(HOOKS) as [keyof typeof HOOKS]) }),
  body: z.record(z.string(), z.unknown()),
  handle: async ({ params, body }, _actor, ctx) => {
    if (!presented(ctx.request)) throw new AppError("not_found");
    const hook: Hook = HOOKS[params.hook];
    return { result: await hook(body as unknown as HookArgs, ctx) };
  },
});
