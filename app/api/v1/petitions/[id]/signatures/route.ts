import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { clientAddress } from "@/lib/http/rate-limit";
import { signPetition } from "@/lib/services/petitions/sign-petition";
import { idSchema } from "@/lib/validation/common";
import { signatureSchema } from "@/lib/validation/petitions";

const body = signatureSchema.extend({ shareToken: z.string().max(100).optional() });

/**
 * POST /api/v1/petitions/<id>/signatures — sign as JSON: {name, email, districtCode, consent,
 * notify, shareToken?}. 202 once the pending signature is durably stored; the same 202 for a
 * repeated email (silent success). The signature counts after its confirmation (docs/petitions.md).
 * The confirmation link is built from APP_URL, never from the request's headers.
 */
export const POST = apiRoute({
  audience: "anyone",
  params: z.object({ id: idSchema }),
  body,
  errors: ["petitions.errors"],
  handle: async ({ params: { id }, body: { shareToken, ...form } }, actor, ctx) => {
    await signPetition(
      { ...form, petitionId: id, shareToken: shareToken ?? null, address: await clientAddress() },
      actor,
      ctx,
    );
    return Response.json(
      { status: "pending", message: "Check your email and confirm your signature." },
      { status: 202, headers: { "cache-control": "no-store" } },
    );
  },
});
