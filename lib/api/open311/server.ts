import "server-only";
import { z } from "zod";
import { attributesFromForm } from "@/lib/domain/open311/requests";
import { AppError } from "@/lib/errors";
import { negotiateLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { ServiceContext } from "@/lib/services/context";
import { listServices, serviceDefinition } from "@/lib/services/open311/service-catalogue";
import { findServiceRequest, findToken, listServiceRequests } from "@/lib/services/open311/service-requests";
import { type ClientLimit, submitServiceRequest } from "@/lib/services/open311/submit-service-request";
import { open311RequestSchema } from "@/lib/validation/open311";
import { parseBody, parseQuery } from "../parse";
import { type Open311Body, type Open311Format, open311ErrorResponse, open311Response } from "./format";

// The Open311 GeoReport v2 server (docs/open311.md): one dispatcher for every endpoint under
// /open311/v2/, called by the catch-all route handler through apiRoute. Every refusal is the
// spec's errors array in the format the path asked for.

export const SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
/** When the discovery document last changed. */
const DISCOVERY_CHANGESET = "2026-12-03T00:00:00Z";

type Endpoint = { kind: "discovery" | "services" | "requests" } | { kind: "service" | "request" | "token"; id: string };

/** The endpoint and format of a path below /open311/v2/, or null. */
export function parseOpen311Path(path: readonly string[]): { endpoint: Endpoint | null; format: Open311Format } {
  const last = path.at(-1) ?? "";
  const match = /^(.+)\.(json|xml)$/.exec(last);
  const format: Open311Format = match?.[2] === "xml" ? "xml" : "json";
  if (!match?.[1]) return { endpoint: null, format };
  const name = match[1];
  if (path.length === 1 && (name === "discovery" || name === "services" || name === "requests"))
    return { endpoint: { kind: name }, format };
  const kinds = { services: "service", requests: "request", tokens: "token" } as const;
  const parent = path[0] as keyof typeof kinds;
  if (path.length === 2 && parent in kinds && name.length <= 100)
    return { endpoint: { kind: kinds[parent], id: name }, format };
  return { endpoint: null, format };
}

const text = (max: number) => z.string().max(max, "tooLong").optional();
const querySchema = z.object({
  jurisdiction_id: text(200),
  service_request_id: text(4000),
  service_code: text(2000),
  start_date: text(40),
  end_date: text(40),
  status: text(40),
});

export interface Open311Context extends ServiceContext {
  request: Request;
  requestId?: string;
}

export async function handleOpen311(
  path: readonly string[],
  ctx: Open311Context,
  deps: { clientLimit?: ClientLimit } = {},
): Promise<Response> {
  const { endpoint, format } = parseOpen311Path(path);
  try {
    if (!endpoint) throw new AppError("not_found", "no such endpoint", { form: ["unknownEndpoint"] });
    const method = ctx.request.method.toUpperCase();
    if (method === "POST") {
      if (endpoint.kind !== "requests")
        throw new AppError("not_found", "no such endpoint", { form: ["unknownEndpoint"] });
      return open311Response(await postRequest(ctx, deps), format);
    }
    const query = parseQuery(querySchema, new URL(ctx.request.url).searchParams);
    checkJurisdiction(query.jurisdiction_id, ctx);
    return open311Response(await read(endpoint, query, ctx), format, 200, { "cache-control": "public, max-age=60" });
  } catch (error) {
    if (error instanceof AppError) return open311ErrorResponse(error, format, ctx.requestId);
    throw error;
  }
}

/** One jurisdiction: none given is fine; another one is the spec's 404. */
function checkJurisdiction(given: string | undefined, ctx: ServiceContext) {
  if (given !== undefined && given.trim() !== "" && given.trim().toLowerCase() !== jurisdictionId(ctx))
    throw new AppError("not_found", "unknown jurisdiction_id", { jurisdiction_id: ["jurisdiction"] });
}

/** Our jurisdiction_id: the host name of the portal's public address. */
export function jurisdictionId(ctx: Pick<ServiceContext, "appUrl">): string {
  return new URL(ctx.appUrl).hostname.toLowerCase();
}

async function read(endpoint: Endpoint, query: z.infer<typeof querySchema>, ctx: Open311Context): Promise<Open311Body> {
  const locale = negotiateLocale(ctx.request.headers.get("accept-language"));
  switch (endpoint.kind) {
    case "discovery":
      return discovery(ctx);
    case "services": {
      const services = await listServices(locale, ctx);
      return { json: services, xml: ["services", { service: services }] };
    }
    case "service": {
      const definition = await serviceDefinition(endpoint.id, locale, ctx);
      const attributes = definition.attributes.map(({ values, ...attribute }) => ({
        ...attribute,
        ...(values ? { values: { value: values } } : {}),
      }));
      return {
        json: definition,
        xml: ["service_definition", { service_code: definition.service_code, attributes: { attribute: attributes } }],
      };
    }
    case "requests": {
      const requests = await listServiceRequests(query, locale, ctx);
      return { json: requests, xml: ["service_requests", { request: requests }] };
    }
    case "request": {
      const request = await findServiceRequest(endpoint.id, locale, ctx);
      return { json: [request], xml: ["service_requests", { request: [request] }] };
    }
    case "token": {
      const token = await findToken(endpoint.id, ctx);
      return { json: [token], xml: ["service_requests", { request: [token] }] };
    }
  }
}

function discovery(ctx: ServiceContext): Open311Body {
  const t = translator("en");
  const base = `${ctx.appUrl.replace(/\/$/, "")}/open311/v2`;
  const formats = ["text/xml", "application/json"];
  const endpoint = { specification: SPECIFICATION, url: base, changeset: DISCOVERY_CHANGESET, type: "production" };
  const head = {
    changeset: DISCOVERY_CHANGESET,
    contact: t("open311.discovery.contact", { url: ctx.appUrl }),
    key_service: t("open311.discovery.keyService", { url: ctx.appUrl }),
  };
  return {
    json: { ...head, endpoints: [{ ...endpoint, formats }] },
    xml: ["discovery", { ...head, endpoints: { endpoint: [{ ...endpoint, formats: { format: formats } }] } }],
  };
}

const formSchema = z.record(z.string(), z.string());

async function postRequest(ctx: Open311Context, deps: { clientLimit?: ClientLimit }): Promise<Open311Body> {
  const type = ctx.request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== undefined && type !== "application/x-www-form-urlencoded")
    throw new AppError("bad_request", "not form-encoded", { form: ["formEncoded"] });
  const form = await parseBody({ body: formSchema, bodyType: "form" }, ctx.request);
  const parsed = open311RequestSchema.safeParse(form);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fields[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
    throw new AppError("validation", "bad fields", fields);
  }
  checkJurisdiction(parsed.data.jurisdiction_id, ctx);
  const submitted = await submitServiceRequest(
    { ...parsed.data, attributes: attributesFromForm(form) },
    null,
    ctx,
    deps.clientLimit,
  );
  const request = {
    service_request_id: submitted.serviceRequestId,
    token: submitted.token,
    service_notice: null,
    account_id: null,
  };
  return { json: [request], xml: ["service_requests", { request: [request] }] };
}
