import { z } from "zod";
import { AppError, toPublicError } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { translator } from "@/lib/i18n/translator";
import { fileCase } from "@/lib/services/cases/file-case";
import { serviceContext } from "@/lib/services/context";
import { caseFilingSchema } from "@/lib/validation/case-filing";

/**
 * POST /api/v1/cases — file a case as JSON (channel "api"). Open to anyone, like the web form,
 * and rate limited per client address. The same idempotencyKey returns the first case (200).
 * Errors: 422 with `fieldErrors` (message keys and English text), 429, 500 with a code only.
 */
export async function POST(request: Request) {
  try {
    await enforceRateLimit("filing", { capacity: 20, perMinute: 60 });
    const body: unknown = await request.json().catch(() => null);
    const parsed = caseFilingSchema.safeParse(body ?? {});
    if (!parsed.success) {
      throw new AppError(
        "validation",
        "invalid filing",
        Object.fromEntries(Object.entries(z.flattenError(parsed.error).fieldErrors).map(([k, v]) => [k, v ?? []])),
      );
    }
    const result = await fileCase(parsed.data, { userId: null, role: null, channel: "api" }, await serviceContext());
    return Response.json(
      {
        reference: result.reference,
        trackingCode: result.trackingCode,
        duplicate: result.duplicate,
        dispatched: result.autoDispatched,
        tracking: `/track/${result.reference}`,
      },
      { status: result.duplicate ? 200 : 201 },
    );
  } catch (error) {
    const failure = toPublicError(error);
    const t = translator("en");
    const fieldErrors = failure.fieldErrors
      ? Object.fromEntries(
          Object.entries(failure.fieldErrors).map(([field, keys]) => [
            field,
            keys.map((key) => ({
              key,
              message: t.has(`validation.${key}` as never) ? t(`validation.${key}` as never) : key,
            })),
          ]),
        )
      : undefined;
    return Response.json(
      { error: failure.code, message: t(failure.messageKey), fieldErrors },
      { status: failure.status },
    );
  }
}
