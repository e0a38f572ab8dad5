import { z } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/rate-limit";
import { apiErrorResponse } from "@/lib/services/petitions/api-errors";
import { signPetition } from "@/lib/services/petitions/sign-petition";
import { signatureSchema } from "@/lib/validation/petitions";

/**
 * POST /api/v1/petitions/<id>/signatures — sign as JSON: {name, email, districtCode, consent,
 * notify, shareToken?}. 202 once the pending signature is durably stored; the same 202 for a
 * repeated email (silent success). The signature counts after its confirmation (docs/petitions.md).
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const id = Number((await params).id);
    if (!Number.isInteger(id) || id <= 0) throw new AppError("not_found");
    const body: unknown = await request.json().catch(() => null);
    const parsed = signatureSchema.safeParse(body ?? {});
    if (!parsed.success)
      throw new AppError(
        "validation",
        "invalid signature",
        Object.fromEntries(Object.entries(z.flattenError(parsed.error).fieldErrors).map(([k, v]) => [k, v ?? []])),
      );
    const shareToken =
      typeof (body as { shareToken?: unknown }).shareToken === "string"
        ? (body as { shareToken: string }).shareToken
        : null;
    await signPetition(id, parsed.data, {
      address: await clientAddress(),
      baseUrl: env().APP_URL?.replace(/\/+$/, "") ?? new URL(request.url).origin,
      shareToken,
    });
    return Response.json(
      { status: "pending", message: "Check your email and confirm your signature." },
      { status: 202, headers: { "cache-control": "no-store" } },
    );
  } catch (error) {
    return apiErrorResponse(error);
  }
}
