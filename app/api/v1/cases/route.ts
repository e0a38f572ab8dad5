import { apiRoute } from "@/lib/api/route";
import { fileCase } from "@/lib/services/cases/file-case";
import { caseFilingSchema } from "@/lib/validation/case-filing";

/**
 * POST /api/v1/cases — file a case as JSON (channel "api"). Open to anyone, like the web form,
 * and rate limited per client address. The same idempotencyKey returns the first case (200).
 * Errors (docs/api.md): 422 with `fieldErrors`, 429, 500 with a request id only.
 */
export const POST = apiRoute({
  audience: "anyone",
  body: caseFilingSchema,
  limit: "apiFiling",
  errors: ["filing.errors"],
  handle: async ({ body }, _actor, ctx) => {
    const result = await fileCase(body, { userId: null, role: null, channel: "api" }, ctx);
    return Response.json(
      {
        reference: result.reference,
        trackingCode: result.trackingCode,
        duplicate: result.duplicate,
        dispatched: result.autoDispatched,
        tracking: `/track/${result.reference}`,
      },
      { status: result.duplicate ? 200 : 201, headers: { "cache-control": "no-store" } },
    );
  },
});
