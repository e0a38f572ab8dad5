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
  handle: async ({ params: { id }, body: { token } }) => {
    const status = await confirmSignature(id, token);
    return Response.json({ status }, { headers: { "cache-control": "no-store" } });
  },
});
