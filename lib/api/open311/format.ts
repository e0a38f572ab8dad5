import "server-only";
import { XMLBuilder } from "fast-xml-parser";
import { toPublicError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";

// The two formats of GeoReport v2 (docs/open311.md#formats). JSON is the objects as they are;
// XML is built by fast-xml-parser from the same objects under the spec's root and item element
// names, never by concatenating strings. Absent (null) values are left out of the XML.

export type Open311Format = "json" | "xml";

const CONTENT_TYPE: Record<Open311Format, string> = {
  json: "application/json; charset=utf-8",
  xml: "text/xml; charset=utf-8",
};

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: false });

// XML 1.0 has no place for most control characters: they are dropped from text.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function forXml(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(forXml);
  if (typeof value === "string") return value.replace(NOT_XML, "");
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, inner]) => inner !== null && inner !== undefined)
        .map(([key, inner]) => [key, forXml(inner)]),
    );
  }
  return value;
}

/** XML for the spec's shapes: a root element holding items (an array) or fields (an object). */
export function buildXml(root: string, content: Record<string, unknown>): string {
  return builder.build({ "?xml": { "@_version": "1.0", "@_encoding": "utf-8" }, [root]: forXml(content) });
}

export interface Open311Body {
  /** What JSON answers with. */
  json: unknown;
  /** The XML root and its content, e.g. `services` → `{ service: [...] }`. */
  xml: [root: string, content: Record<string, unknown>];
}

export function open311Response(body: Open311Body, format: Open311Format, status = 200, headers?: HeadersInit) {
  const text = format === "json" ? JSON.stringify(body.json) : buildXml(...body.xml);
  const all = new Headers(headers);
  all.set("content-type", CONTENT_TYPE[format]);
  if (!all.has("cache-control")) all.set("cache-control", "no-store");
  return new Response(text, { status, headers: all });
}

const en = translator("en");

function message(key: string): string {
  for (const candidate of [`open311.errors.${key}`, `filing.errors.${key}`, `validation.${key}`]) {
    if (en.has(candidate as never)) return en(candidate as never);
  }
  return key;
}

/**
 * Any failure as the spec's errors: `[{ code, description }]`, one per refused field, with the
 * HTTP status as the code. Bad fields are a 400 (the spec has no 422); descriptions are English.
 */
export function open311ErrorResponse(error: unknown, format: Open311Format, requestId?: string): Response {
  const failure = toPublicError(error);
  const status = failure.code === "validation" ? 400 : failure.status;
  const fields = Object.entries(failure.fieldErrors ?? {});
  const errors = fields.length
    ? fields.flatMap(([field, keys]) =>
        keys.map((key) => ({
          code: status,
          description: field === "form" ? message(key) : `${field}: ${message(key)}`,
        })),
      )
    : [{ code: status, description: en(failure.messageKey) }];
  const headers = new Headers();
  if (requestId) headers.set("x-request-id", requestId);
  if (failure.retryAfterSeconds !== undefined || status === 429 || status === 503)
    headers.set("retry-after", String(failure.retryAfterSeconds ?? 60));
  return open311Response({ json: errors, xml: ["errors", { error: errors }] }, format, status, headers);
}
