import { z } from "zod";
import { AppError } from "@/lib/errors";
import { apiErrorResponse } from "@/lib/services/petitions/api-errors";
import { confirmSignature } from "@/lib/services/petitions/confirm-signature";

const confirmSchema = z.object({ token: z.string().min(10).max(100) });

/**
 * POST /api/v1/petitions/<id>/signatures/confirm — {token}: the token from the confirmation
 * link (/petitions/<id>/confirm/<token>). 200 {status: "confirmed" | "already_confirmed"}; 404
 * for an unknown token or a petition no longer open.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const id = Number((await params).id);
    if (!Number.isInteger(id) || id <= 0) throw new AppError("not_found");
    const parsed = confirmSchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) throw new AppError("validation", "token required", { token: ["required"] });
    const status = await confirmSignature(id, parsed.data.token);
    return Response.json({ status }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return apiErrorResponse(error);
  }
}
