import "server-only";
import type { z } from "zod";
import { AppError, validationError } from "@/lib/errors";
import { nulFieldErrors } from "@/lib/validation/common";

// The request parsing of the route pipeline (lib/api/route.ts), apart so that a handler that
// parses for itself (the Open311 server) uses the same rules.

const DEFAULT_MAX_BODY = 64 * 1024;

/** Each parameter once: `?status=a&status=b` is ambiguous and refused rather than guessed. */
export function parseQuery<Q>(schema: z.ZodType<Q>, search: URLSearchParams): Q {
  const raw: Record<string, string> = {};
  for (const [key, value] of search) {
    if (key in raw) throw new AppError("bad_request", `repeated query parameter ${key}`);
    raw[key] = value;
  }
  const nul = nulFieldErrors(raw);
  if (nul) throw new AppError("validation", "NUL byte in the query", nul);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error.issues);
  return parsed.data;
}

export async function parseBody<B>(
  spec: { body?: z.ZodType<B>; bodyType?: "json" | "form"; maxBodyBytes?: number },
  request: Request,
): Promise<B> {
  const limit = spec.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw new AppError("payload_too_large");
  const text = await readText(request, limit);
  let raw: unknown;
  if (spec.bodyType === "form") {
    raw = Object.fromEntries(new URLSearchParams(text));
  } else {
    try {
      raw = text.trim() === "" ? {} : JSON.parse(text);
    } catch {
      throw new AppError("bad_request", "the body is not JSON");
    }
  }
  if (raw !== null && typeof raw === "object" && !Array.isArray(raw)) {
    const nul = nulFieldErrors(raw as Record<string, unknown>);
    if (nul) throw new AppError("validation", "NUL byte in the body", nul);
  }
  const parsed = spec.body!.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error.issues);
  return parsed.data;
}

/** The body as text, refused as soon as it grows past the limit (a missing or false length). */
async function readText(request: Request, limit: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new AppError("payload_too_large");
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("bad_request", "the body is not UTF-8");
  }
}
