import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/domain/access/roles";
import { IMPORT_EXAMPLES, isImportKind } from "@/lib/domain/admin/import-rows";

/** An example CSV for one kind of import, generated from code; administrators only. */
export async function GET(_request: Request, { params }: { params: Promise<{ kind: string }> }): Promise<Response> {
  const actor = await currentActor();
  const { kind } = await params;
  // Anyone else gets the same 404 as an unknown kind: it reveals nothing.
  if (!actor || !can(actor.role, "admin.manage") || !isImportKind(kind))
    return new Response("Not found", { status: 404 });
  return new Response(`${IMPORT_EXAMPLES[kind]}\n`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${kind}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
