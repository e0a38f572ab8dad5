import { z } from "zod";

// The admin's form for an Open311 client (docs/open311.md#api-keys). Messages are keys of
// `open311.errors`, then `validation`.

export const open311ClientSchema = z.object({
  name: z.string({ error: "required" }).trim().min(1, "required").max(100, "tooLong"),
  requestsPerMinute: z.preprocess(
    (value) => (value === "" || value === undefined || value === null ? undefined : Number(value)),
    z.number({ error: "required" }).int("invalid").min(1, "rateRange").max(600, "rateRange"),
  ),
});
export type Open311ClientInput = z.infer<typeof open311ClientSchema>;

const optional = (max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string().trim().max(max, "tooLong").optional(),
  );

/**
 * The standard fields of a GeoReport v2 POST requests (form-encoded). Attributes (attribute[code])
 * are read apart; fields the spec has and we do not use (device_id, account_id, address_id) are
 * accepted and ignored (docs/open311.md#post-requests).
 */
export const open311RequestSchema = z.object({
  jurisdiction_id: optional(200),
  api_key: optional(200),
  service_code: optional(100),
  lat: optional(40),
  long: optional(40),
  address_string: optional(1000),
  address_id: optional(200),
  email: optional(1000),
  device_id: optional(200),
  account_id: optional(200),
  first_name: optional(1000),
  last_name: optional(1000),
  phone: optional(1000),
  description: optional(10_000),
  media_url: optional(2000).refine((url) => url === undefined || /^https?:\/\/\S+$/i.test(url), "mediaUrl"),
});
export type Open311RequestFields = z.infer<typeof open311RequestSchema>;
