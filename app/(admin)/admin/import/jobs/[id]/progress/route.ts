import { parseId } from "@/lib/validation/common";
import { getDb } from "@/db/client";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/domain/access/roles";
import { loadImportJob } from "@/lib/services/admin/import-job";

/** An import job's progress, polled by its page; administrators only (anyone else: 404). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const actor = await currentActor();
  const id = parseId((await params).id);
  const job = actor && can(actor.role, "admin.manage") && id !== null ? await loadImportJob(await getDb(), id) : null;
  if (!job) return new Response("Not found", { status: 404 });
  return Response.json(
    { status: job.status, processed: job.processed, total: job.total },
    { headers: { "cache-control": "private, no-store" } },
  );
}
