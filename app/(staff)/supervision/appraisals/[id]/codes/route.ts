import { parseId } from "@/lib/validation/common";
import { getTranslations } from "next-intl/server";
import { type NextRequest, NextResponse } from "next/server";
import { authorize } from "@/lib/auth/session";
import { toPublicError } from "@/lib/errors";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { generateRaterCodes } from "@/lib/services/appraisal/generate-rater-codes";
import { raterCodesCsv } from "@/lib/services/appraisal/rater-codes";
import { serviceContext } from "@/lib/services/context";
import { codeRequestSchema } from "@/lib/validation/appraisal";

/**
 * Generates one-time codes for a rater group and returns them as a CSV download, in one step:
 * the plain codes exist only in this response (the database keeps their hashes).
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const campaignId = parseId((await params).id);
  const back = new URL(`/supervision/appraisals/${campaignId ?? ""}`, request.url);
  // A form on another site cannot make a supervisor's browser mint codes.
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(env().appUrl).origin && origin !== new URL(request.url).origin) {
    return new NextResponse(null, { status: 403 });
  }
  try {
    const actor = await authorize("supervision.act");
    if (campaignId === null) return new NextResponse(null, { status: 404 });
    const form = await request.formData();
    const parsed = codeRequestSchema.safeParse({ groupId: form.get("groupId") ?? "", count: form.get("count") ?? "" });
    if (!parsed.success) {
      back.searchParams.set("done", "codes_invalid");
      return NextResponse.redirect(back, 303);
    }
    const generated = await generateRaterCodes({ campaignId, ...parsed.data }, actor, await serviceContext());
    const t = await getTranslations("appraisal");
    const csv = raterCodesCsv(generated, { campaign: t("csv.campaign"), group: t("csv.group"), code: t("csv.code") });
    return new NextResponse(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="appraisal-${campaignId}-group-${parsed.data.groupId}-codes.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    const failure = toPublicError(error);
    // Other roles and unknown campaigns get the same answer: nothing here.
    if (failure.code === "unauthenticated" || failure.code === "forbidden" || failure.code === "not_found")
      return new NextResponse(null, { status: 404 });
    if (failure.code === "internal")
      log.error({ err: error instanceof Error ? error.message : String(error) }, "rater code export failed");
    back.searchParams.set("done", failure.code === "invalid_transition" ? "codes_closed" : "codes_failed");
    return NextResponse.redirect(back, 303);
  }
}
