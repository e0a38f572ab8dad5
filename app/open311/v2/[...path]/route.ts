import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { open311ErrorResponse } from "@/lib/api/open311/format";
import { handleOpen311, parseOpen311Path } from "@/lib/api/open311/server";

/**
 * The Open311 GeoReport v2 server (docs/open311.md): discovery, services, service definitions,
 * requests (GET and POST), requests/{id} and tokens/{token}, each as .json or .xml. Reads are
 * rate limited per address; a POST by the api_key's own limit (in the use case).
 */
const params = z.object({ path: z.array(z.string().max(200)).min(1).max(2) });

const renderError = (error: unknown, { request, requestId }: { request: Request; requestId: string }) => {
  const path = new URL(request.url).pathname.replace(/^\/open311\/v2\/?/, "").split("/");
  return open311ErrorResponse(error, parseOpen311Path(path).format, requestId);
};

export const GET = apiRoute({
  audience: "anyone",
  params,
  limit: "open311Read",
  renderError,
  handle: ({ params: { path } }, _actor, ctx) => handleOpen311(path, ctx),
});

export const POST = apiRoute({
  audience: "anyone",
  params,
  renderError,
  handle: ({ params: { path } }, _actor, ctx) => handleOpen311(path, ctx),
});
