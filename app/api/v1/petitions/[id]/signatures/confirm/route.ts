import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { confirmSignature } from "@/lib/services/petitions/confirm-signature";
import { idSchema } from "@/lib/validation/common";

/**
 * POST /api/v1/petitions/<id>/signatures/confirm — {token}: the token from the confirmation
 * link (/petitions/<id>/confirm/<token>). 200 {status: "confirmed" | "already_confirmed"}; 404
 * for an unknown token or a petition no longer open.
 */
export const POST = apiRoute({
  audience: "anyone",
  params: z.object({ id: idSchema }),
  body: z.object({ token: z.string({ error: "required" }).min(10, "required").max(100, "invalid") }),
  errors: ["petitions.errors"],
  handle: async ({ params: { id }, body: { token } }, actor, ctx) => {
    const status = await confirmSignature({ petitionId: id, token }, actor, ctx);
    return Response.json({ status }, { headers: { "cache-control": "no-store" } });
  },
});
