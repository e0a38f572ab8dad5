// JSON Schemas of the GeoReport v2 responses, written from the specification
// (http://wiki.open311.org/GeoReport_v2), for the conformance suite. Required is what the spec
// marks required or what a client cannot do without; optional fields may be null.
const text = { type: "string" } as const;
const nullableText = { type: ["string", "null"] } as const;
const datetime = { type: "string", format: "date-time" } as const;
const nullableDatetime = { anyOf: [datetime, { type: "null" }] } as const;

export const errorsSchema = {
  type: "array",
  minItems: 1,
  items: {
    type: "object",
    required: ["code", "description"],
    additionalProperties: false,
    properties: {
      code: { type: "integer", minimum: 400, maximum: 599 },
      description: { type: "string", minLength: 1 },
    },
  },
} as const;

export const discoverySchema = {
  type: "object",
  required: ["changeset", "contact", "key_service", "endpoints"],
  properties: {
    changeset: datetime,
    contact: text,
    key_service: text,
    endpoints: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["specification", "url", "changeset", "type", "formats"],
        properties: {
          specification: { const: "http://wiki.open311.org/GeoReport_v2" },
          url: { type: "string", format: "uri" },
          changeset: datetime,
          type: { enum: ["production", "test"] },
          formats: { type: "array", items: { enum: ["text/xml", "application/json"] } },
        },
      },
    },
  },
} as const;

export const servicesSchema = {
  type: "array",
  items: {
    type: "object",
    required: ["service_code", "service_name", "description", "metadata", "type", "keywords", "group"],
    additionalProperties: false,
    properties: {
      service_code: { type: "string", minLength: 1 },
      service_name: { type: "string", minLength: 1 },
      description: nullableText,
      metadata: { type: "boolean" },
      type: { enum: ["realtime", "batch", "blackbox"] },
      keywords: nullableText,
      group: nullableText,
    },
  },
} as const;

export const serviceDefinitionSchema = {
  type: "object",
  required: ["service_code", "attributes"],
  additionalProperties: false,
  properties: {
    service_code: { type: "string", minLength: 1 },
    attributes: {
      type: "array",
      items: {
        type: "object",
        required: ["variable", "code", "datatype", "required", "datatype_description", "order", "description"],
        additionalProperties: false,
        properties: {
          variable: { type: "boolean" },
          code: { type: "string", minLength: 1 },
          datatype: { enum: ["string", "number", "datetime", "text", "singlevaluelist", "multivaluelist"] },
          required: { type: "boolean" },
          datatype_description: nullableText,
          order: { type: "integer", minimum: 1 },
          description: { type: "string" },
          values: {
            type: "array",
            items: {
              type: "object",
              required: ["key", "name"],
              additionalProperties: false,
              properties: { key: text, name: text },
            },
          },
        },
        // A list attribute has its values.
        if: { properties: { datatype: { enum: ["singlevaluelist", "multivaluelist"] } } },
        then: { required: ["values"], properties: { values: { type: "array", minItems: 1 } } },
      },
    },
  },
} as const;

/** The answer to POST requests: a service_request_id or a token (we give both). */
export const postResponseSchema = {
  type: "array",
  minItems: 1,
  maxItems: 1,
  items: {
    type: "object",
    anyOf: [
      { required: ["service_request_id"], properties: { service_request_id: text } },
      { required: ["token"], properties: { token: text } },
    ],
    additionalProperties: false,
    properties: {
      service_request_id: text,
      token: text,
      service_notice: nullableText,
      account_id: nullableText,
    },
  },
} as const;

export const tokenSchema = {
  type: "array",
  items: {
    type: "object",
    required: ["token"],
    additionalProperties: false,
    properties: { service_request_id: text, token: text },
  },
} as const;

export const requestsSchema = {
  type: "array",
  items: {
    type: "object",
    required: ["service_request_id", "status", "service_code", "requested_datetime"],
    additionalProperties: false,
    properties: {
      service_request_id: { type: "string", minLength: 1 },
      status: { enum: ["open", "closed"] },
      status_notes: nullableText,
      service_name: text,
      service_code: text,
      description: nullableText,
      agency_responsible: nullableText,
      service_notice: nullableText,
      requested_datetime: datetime,
      updated_datetime: nullableDatetime,
      expected_datetime: nullableDatetime,
      address: nullableText,
      address_id: nullableText,
      zipcode: nullableText,
      lat: { anyOf: [{ type: "number", minimum: -90, maximum: 90 }, { type: "null" }] },
      long: { anyOf: [{ type: "number", minimum: -180, maximum: 180 }, { type: "null" }] },
      media_url: { anyOf: [{ type: "string", format: "uri" }, { type: "null" }] },
    },
  },
} as const;

/** The XML element names the spec gives each response, root → item → the item's fields. */
export const XML_SHAPES = {
  services: { item: "service", fields: Object.keys(servicesSchema.items.properties) },
  service_requests: { item: "request", fields: Object.keys(requestsSchema.items.properties) },
  errors: { item: "error", fields: ["code", "description"] },
} as const;
