import { trackingCodeForPhotos } from "@/app/(public)/track/tracking-cookies";
import { getDb } from "@/db/client";
import { findAttachmentWithCase } from "@/db/queries/filing";
import { currentActor } from "@/lib/auth/session";
import { caseAccess } from "@/lib/domain/access/case-access";
import { trackingCodeMatches } from "@/lib/services/cases/create-case";

/**
 * A photo filed with a case, for those who may see the case with its personal data: staff with
 * full access, the signed-in owner, or a guest holding the case's tracking code (cookie set by
 * the tracking lookup). Observers see redacted cases, and a photo cannot be redacted: not them.
 * Anyone else gets the same 404 as for a photo that does not exist.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const attachmentId = /^\d{1,9}$/.test(id) ? Number(id) : null;
  const attachment = attachmentId === null ? null : await findAttachmentWithCase(await getDb(), attachmentId);
  if (!attachment) return notFound();

  const actor = await currentActor();
  const access = actor
    ? caseAccess(actor, {
        leadUnitId: attachment.leadUnitId,
        coUnitIds: attachment.coUnitIds,
        citizenUserId: attachment.citizenUserId,
        accusedUnitId: attachment.accusedUnitId,
      })
    : "none";
  let allowed = access === "full" || access === "own";
  if (!allowed) {
    const code = await trackingCodeForPhotos(attachment.reference);
    allowed = Boolean(code && trackingCodeMatches(code, attachment.trackingCodeHash));
  }
  if (!allowed) return notFound();

  return new Response(new Uint8Array(attachment.content), {
    headers: {
      "Content-Type": attachment.contentType,
      "Content-Length": String(attachment.content.byteLength),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Disposition": "inline",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
}

function notFound() {
  return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
}
