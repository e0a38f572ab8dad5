import "server-only";
import { findOpen311Token, listPublicServiceRequests, type PublicServiceRequest } from "@/db/queries/open311";
import {
  MAX_IDS,
  MAX_REQUESTS,
  type Open311Status,
  caseStatusesFor,
  commaList,
  open311Status,
  parseW3cDatetime,
  requestWindow,
  roundCoordinate,
} from "@/lib/domain/open311/requests";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { ServiceContext } from "../context";

// GET requests, requests/{id} and tokens/{token} (docs/open311.md#requests): published cases
// only, redacted as on the public case pages; coordinates rounded.

export interface Open311Request {
  service_request_id: string;
  status: Open311Status;
  status_notes: string | null;
  service_name: string;
  service_code: string;
  description: string;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  address: string | null;
  address_id: string | null;
  zipcode: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
}

export interface RequestsQuery {
  service_request_id?: string;
  service_code?: string;
  start_date?: string;
  end_date?: string;
  status?: string;
}

function asOpen311(row: PublicServiceRequest, locale: Locale): Open311Request {
  return {
    service_request_id: row.reference,
    status: open311Status(row.status),
    status_notes: row.replyText,
    service_name: localized(locale, row.serviceZh, row.serviceEn),
    service_code: row.serviceCode,
    description: row.description,
    agency_responsible: row.unitZh === null ? null : localized(locale, row.unitZh, row.unitEn),
    service_notice: null,
    requested_datetime: row.createdAt.toISOString(),
    updated_datetime: row.updatedAt.toISOString(),
    expected_datetime: row.replyDueAt?.toISOString() ?? null,
    address: row.street,
    address_id: null,
    zipcode: null,
    lat: row.latitude === null ? null : roundCoordinate(row.latitude),
    long: row.longitude === null ? null : roundCoordinate(row.longitude),
    // Photos are never published: one cannot be redacted (docs/security.md).
    media_url: null,
  };
}

/** GET requests with the spec's filters; a bad filter is a 400 naming it. */
export async function listServiceRequests(
  query: RequestsQuery,
  locale: Locale,
  ctx: ServiceContext,
): Promise<Open311Request[]> {
  if (query.service_request_id !== undefined) {
    const references = commaList(query.service_request_id).map((id) => id.toUpperCase());
    if (references.length === 0 || references.length > MAX_IDS)
      throw new AppError("bad_request", "service_request_id", { service_request_id: ["idList"] });
    const rows = await listPublicServiceRequests(ctx.db, { references, limit: MAX_IDS });
    return rows.map((row) => asOpen311(row, locale));
  }
  const errors: Record<string, string[]> = {};
  const date = (name: "start_date" | "end_date") => {
    const text = query[name];
    if (text === undefined) return undefined;
    const ms = parseW3cDatetime(text);
    if (ms === null) errors[name] = ["date"];
    return ms ?? undefined;
  };
  const startMs = date("start_date");
  const endMs = date("end_date");
  const statuses = query.status === undefined ? undefined : commaList(query.status.toLowerCase());
  if (statuses && (statuses.length === 0 || statuses.some((s) => s !== "open" && s !== "closed")))
    errors.status = ["status"];
  const serviceCodes = query.service_code === undefined ? undefined : commaList(query.service_code);
  if (serviceCodes?.length === 0) errors.service_code = ["invalid"];
  if (Object.keys(errors).length) throw new AppError("bad_request", "bad filters", errors);
  const window = requestWindow({ startMs, endMs }, ctx.now.getTime());
  if (!window.ok)
    throw new AppError("bad_request", "bad date range", {
      end_date: [window.error === "range" ? "dateRange" : "dateOrder"],
    });
  const rows = await listPublicServiceRequests(ctx.db, {
    serviceCodes,
    statuses: statuses ? caseStatusesFor(statuses as Open311Status[]) : undefined,
    start: new Date(window.startMs),
    end: new Date(window.endMs),
    limit: MAX_REQUESTS,
  });
  return rows.map((row) => asOpen311(row, locale));
}

/** GET requests/{id}: one published case, or the spec's 404. */
export async function findServiceRequest(id: string, locale: Locale, ctx: ServiceContext): Promise<Open311Request> {
  const [row] = await listPublicServiceRequests(ctx.db, { references: [id.trim().toUpperCase()], limit: 1 });
  if (!row) throw new AppError("not_found", "unknown service_request_id", { service_request_id: ["unknownRequest"] });
  return asOpen311(row, locale);
}

/** GET tokens/{token}: the service_request_id the token stands for (the case may be unpublished). */
export async function findToken(token: string, ctx: ServiceContext) {
  const normalized = token.trim().toLowerCase();
  const reference = /^[0-9a-f-]{36}$/.test(normalized) ? await findOpen311Token(ctx.db, normalized) : null;
  if (!reference) throw new AppError("not_found", "unknown token", { token: ["unknownToken"] });
  return { service_request_id: reference, token: normalized };
}
