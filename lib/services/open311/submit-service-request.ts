import "server-only";
import { randomUUID } from "node:crypto";
import { findOpen311FilingTargets } from "@/db/queries/open311";
import { open311Requests } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { fullName, titleFromDescription } from "@/lib/domain/open311/requests";
import { AppError, validationError } from "@/lib/errors";
import { type LimitPolicy, enforceRateLimit } from "@/lib/http/rate-limit";
import { caseFilingSchema } from "@/lib/validation/case-filing";
import type { Open311RequestFields } from "@/lib/validation/open311";
import { recordAdminChange } from "../admin/audit";
import { fileCase } from "../cases/file-case";
import type { ServiceContext } from "../context";
import { authenticateClient } from "./api-keys";
import { DEFAULT_CASE_TYPE, PUBLISH_VALUES } from "./attributes";

export type Open311Client = Awaited<ReturnType<typeof authenticateClient>>;
/** Takes the client's own rate limit; tests hand in their own. */
export type ClientLimit = (client: Open311Client) => Promise<void>;

/** A client's own limit: its requests a minute, as burst and as sustained rate. */
export function clientPolicy(client: Pick<Open311Client, "requestsPerMinute">): LimitPolicy {
  return { capacity: client.requestsPerMinute, perMinute: client.requestsPerMinute };
}

const clientLimit: ClientLimit = (client) =>
  enforceRateLimit("open311Filing", clientPolicy(client), `client:${client.id}`);

/** Our filing fields by the Open311 names a client sent them under, for its error descriptions. */
const OPEN311_NAMES: Record<string, string> = {
  type: "attribute[case_type]",
  categoryId: "service_code",
  districtId: "attribute[district]",
  street: "address_string",
  latitude: "lat",
  longitude: "long",
  title: "attribute[title]",
  name: "first_name",
  contact: "email",
  mayPublish: "attribute[may_publish]",
};

export interface SubmittedRequest {
  serviceRequestId: string;
  token: string;
}

/**
 * POST requests: a case filed through the one filing use case (channel "api"), synchronously, so
 * the answer carries the service_request_id (the case reference) and a token to poll. The key is
 * checked first (403), then the client's rate limit; every request of a known client, accepted or
 * refused, is on the audit log under the client.
 */
export async function submitServiceRequest(
  input: Open311RequestFields & { attributes: Record<string, string> },
  _actor: Actor | null,
  ctx: ServiceContext,
  limit: ClientLimit = clientLimit,
): Promise<SubmittedRequest> {
  const client = await authenticateClient(ctx.db, input.api_key);
  await limit(client);
  const subject = `open311_client:${client.id}`;
  try {
    const token = randomUUID();
    const filed = await fileCase(
      await filingFrom(input, token, ctx),
      { userId: null, role: null, channel: "api" },
      ctx,
    );
    await ctx.db.transaction(async (tx) => {
      await tx.insert(open311Requests).values({
        token,
        clientId: client.id,
        caseId: filed.caseId,
        mediaUrl: input.media_url ?? null,
        createdAt: ctx.now,
      });
      await recordAdminChange(tx, {
        actorUserId: null,
        action: "open311.request",
        subject,
        after: { serviceRequestId: filed.reference, serviceCode: input.service_code, token },
        at: ctx.now,
      });
    });
    return { serviceRequestId: filed.reference, token };
  } catch (error) {
    if (error instanceof AppError) {
      await recordAdminChange(ctx.db, {
        actorUserId: null,
        action: "open311.request.refused",
        subject,
        after: {
          error: error.code,
          fields: Object.keys(error.fieldErrors ?? {}),
          serviceCode: input.service_code ?? null,
        },
        at: ctx.now,
      });
    }
    throw error;
  }
}

/** The Open311 fields as our filing, checked by the filing's own schema; errors under the Open311 names. */
async function filingFrom(
  input: Open311RequestFields & { attributes: Record<string, string> },
  token: string,
  ctx: ServiceContext,
) {
  const { attributes } = input;
  const missing: Record<string, string[]> = {};
  if (!input.service_code) missing.service_code = ["required"];
  if (!input.lat && !input.long && !input.address_string && !input.address_id) missing.location = ["location"];
  const districtCode = attributes.district?.trim() || null;
  if (!districtCode) missing["attribute[district]"] = ["required"];
  const publish = attributes.may_publish?.trim() || "no";
  if (!(PUBLISH_VALUES as readonly string[]).includes(publish)) missing["attribute[may_publish]"] = ["invalid"];
  if (Object.keys(missing).length) throw new AppError("validation", "missing fields", missing);

  const targets = await findOpen311FilingTargets(ctx.db, input.service_code!, districtCode);
  if (targets.categoryId === null)
    throw new AppError("not_found", "unknown service_code", { service_code: ["unknownService"] });
  if (targets.districtId === null)
    throw new AppError("validation", "unknown district", { "attribute[district]": ["invalid"] });

  const description = input.description ?? "";
  const parsed = caseFilingSchema.safeParse({
    type: attributes.case_type?.trim() || DEFAULT_CASE_TYPE,
    categoryId: targets.categoryId,
    districtId: targets.districtId,
    street: input.address_string,
    latitude: input.lat,
    longitude: input.long,
    title: attributes.title?.trim() || titleFromDescription(description),
    description,
    name: fullName(input.first_name, input.last_name),
    phone: input.phone,
    email: input.email,
    mayPublish: publish === "yes",
    anonymous: false,
    idempotencyKey: `open311-${token}`,
  });
  if (!parsed.success) {
    const error = validationError(parsed.error.issues);
    const renamed = Object.entries(error.fieldErrors ?? {}).map(([field, keys]) => [
      OPEN311_NAMES[field] ?? field,
      keys,
    ]);
    throw new AppError("validation", "invalid request", Object.fromEntries(renamed));
  }
  return parsed.data;
}
