// The Open311 GeoReport v2 conformance suite (docs/open311.md): every response checked against
// JSON Schemas and XML element names written from the spec, a replay of the requests
// FixMyStreet's Open311 client (perllib/Open311.pm) sends, the status mapping, redaction, and the
// spec's 400/403/404 errors.
import { desc, eq } from "drizzle-orm";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { adminAuditLog, cases, open311Requests, units } from "@/db/schema";
import { listOpen311Clients } from "@/db/queries/open311";
import { seedDatabase } from "@/db/seed";
import { handleOpen311, jurisdictionId } from "@/lib/api/open311/server";
import { AppError } from "@/lib/errors";
import { createLimiterStore } from "@/lib/http/limiter-store";
import { type ServiceContext, serviceContext } from "@/lib/services/context";
import { issueApiKey } from "@/lib/services/open311/issue-api-key";
import { revokeApiKey } from "@/lib/services/open311/revoke-api-key";
import { type ClientLimit, clientPolicy } from "@/lib/services/open311/submit-service-request";
import { TEST_TARGETS, migratedDatabase } from "./databases";
import { repliedCase, sessionActor } from "./factories";
import {
  XML_SHAPES,
  discoverySchema,
  errorsSchema,
  postResponseSchema,
  requestsSchema,
  serviceDefinitionSchema,
  servicesSchema,
  tokenSchema,
} from "./open311/schemas";

const NOW = new Date("2026-06-10T02:00:00Z");
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }));
const valid = (schema: object, data: unknown) => {
  const validate = ajv.compile(schema);
  const ok = validate(data);
  return ok ? "valid" : ajv.errorsText(validate.errors);
};

// FixMyStreet reads answers with XML::Simple and ForceArray on the list elements.
const LIST_ELEMENTS = new Set(["service", "request", "attribute", "value", "error", "endpoint", "format"]);
const fmsParser = new XMLParser({ isArray: (name) => LIST_ELEMENTS.has(name), parseTagValue: false });
const parseXml = (text: string) => fmsParser.parse(text) as Record<string, Record<string, unknown>>;

const CITIZEN = {
  first_name: "Wei",
  last_name: "Zhang",
  email: "zhang.wei.open311@example.cn",
  phone: "13912345678",
};

describe.each(TEST_TARGETS)("Open311 GeoReport v2 on $name", (target) => {
  let connection: Connection;
  let ctx: ServiceContext;
  let apiKey: string;
  let clientId: number;
  let jurisdiction: string;
  const allBodies: string[] = [];

  async function call(
    method: "GET" | "POST",
    path: string,
    options: {
      query?: Record<string, string>;
      form?: Record<string, string>;
      body?: string;
      type?: string;
      limit?: ClientLimit;
    } = {},
  ) {
    const url = new URL(`http://open311.test/open311/v2/${path}`);
    for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
    const body = options.form ? new URLSearchParams(options.form).toString() : options.body;
    const headers = new Headers();
    if (body !== undefined) headers.set("content-type", options.type ?? "application/x-www-form-urlencoded");
    const request = new Request(url, { method, body, headers });
    const response = await handleOpen311(
      path.split("/"),
      { ...ctx, request, requestId: "test" },
      {
        clientLimit: options.limit ?? (async () => undefined),
      },
    );
    const text = await response.text();
    allBodies.push(text);
    expect(response.status, `${method} ${path}: ${text}`).toBeLessThan(500);
    return {
      status: response.status,
      text,
      type: response.headers.get("content-type") ?? "",
      json: () => JSON.parse(text),
    };
  }

  /** A POST as FixMyStreet's Open311.pm sends it (send_service_request → _populate_service_request_params). */
  function fmsForm(overrides: Record<string, string> = {}): Record<string, string> {
    return {
      jurisdiction_id: jurisdiction,
      api_key: apiKey,
      service_code: "street-light",
      lat: "31.230416",
      long: "121.473701",
      email: CITIZEN.email,
      description: "Street light out\n\nThe lamp outside the primary school has been dark for a week.",
      first_name: CITIZEN.first_name,
      last_name: CITIZEN.last_name,
      phone: CITIZEN.phone,
      address_string: "Lakeside Road by the primary school",
      address_id: "",
      media_url: "https://fixmystreet.example.cn/photo/1234.full.jpeg",
      "attribute[district]": "dongcheng",
      "attribute[may_publish]": "yes",
      "attribute[report_url]": "https://fixmystreet.example.cn/report/1234",
      "attribute[fixmystreet_id]": "1234",
      ...overrides,
    };
  }

  beforeAll(async () => {
    connection = await migratedDatabase(target);
    await connection.db.transaction((tx) => seedDatabase(tx, { cases: 0, now: NOW }));
    ctx = await serviceContext({ db: connection.db, now: NOW });
    jurisdiction = jurisdictionId(ctx);
    const admin = await sessionActor(connection.db, "admin@answerable.local");
    const issued = await issueApiKey({ name: "FixMyStreet Jiangbin", requestsPerMinute: 600 }, admin, ctx);
    apiKey = issued.key;
    clientId = issued.clientId;
  });
  afterAll(async () => connection?.close());

  describe("discovery and services", () => {
    it("answers discovery in JSON and XML", async () => {
      const json = await call("GET", "discovery.json");
      expect(json.type).toContain("application/json");
      expect(valid(discoverySchema, json.json())).toBe("valid");
      const xml = parseXml((await call("GET", "discovery.xml")).text);
      expect(Object.keys(xml)).toContain("discovery");
      const endpoint = (xml.discovery?.endpoints as { endpoint: { formats: { format: string[] } }[] }).endpoint[0];
      expect(endpoint?.formats.format).toEqual(["text/xml", "application/json"]);
    });

    it("lists the active categories as services, with the spec's elements in XML", async () => {
      const json = (await call("GET", "services.json", { query: { jurisdiction_id: jurisdiction } })).json();
      expect(valid(servicesSchema, json)).toBe("valid");
      expect(json.map((s: { service_code: string }) => s.service_code)).toContain("street-light");
      // What FixMyStreet asks for: services.xml with its jurisdiction_id.
      const xml = await call("GET", "services.xml", { query: { jurisdiction_id: jurisdiction } });
      expect(xml.type).toContain("text/xml");
      const services = parseXml(xml.text).services?.service as Record<string, unknown>[];
      expect(services).toHaveLength(json.length);
      for (const service of services) {
        for (const key of Object.keys(service)) expect(XML_SHAPES.services.fields).toContain(key);
        expect(service.metadata).toBe("true");
      }
    });

    it("defines each service's attributes, typed, in JSON and XML", async () => {
      const json = (await call("GET", "services/street-light.json")).json();
      expect(valid(serviceDefinitionSchema, json)).toBe("valid");
      const codes = json.attributes.map((a: { code: string }) => a.code);
      expect(codes).toEqual(["district", "case_type", "may_publish", "title"]);
      // FixMyStreet's get_service_meta_info reads attributes → attribute[] → values → value[].
      const xml = parseXml((await call("GET", "services/street-light.xml")).text);
      const attributes = (xml.service_definition?.attributes as { attribute: Record<string, unknown>[] }).attribute;
      expect(attributes.map((a) => a.code)).toEqual(codes);
      const district = attributes.find((a) => a.code === "district") as { values: { value: { key: string }[] } };
      expect(district.values.value.map((v) => v.key)).toContain("dongcheng");
      expect(attributes.find((a) => a.code === "title")).not.toHaveProperty("values");
    });

    it("gives service names in the language the client accepts", async () => {
      const request = new Request("http://open311.test/open311/v2/services.json", {
        headers: { "accept-language": "en" },
      });
      const english = await handleOpen311(["services.json"], { ...ctx, request });
      const chinese = (await call("GET", "services.json")).json();
      const [first] = (await english.json()) as { service_name: string }[];
      expect(first?.service_name).not.toBe(chinese[0].service_name);
    });
  });

  describe("FixMyStreet's client, replayed", () => {
    let serviceRequestId: string;
    let token: string;

    it("POSTs requests.xml with FixMyStreet's form fields and reads the service_request_id", async () => {
      const answer = await call("POST", "requests.xml", { form: fmsForm() });
      expect(answer.status).toBe(200);
      const xml = parseXml(answer.text);
      const request = (xml.service_requests?.request as Record<string, string>[])[0];
      // Open311.pm: $obj->{request}->[0]->{service_request_id}, else the token.
      expect(request?.service_request_id).toMatch(/^\d{4}-/);
      serviceRequestId = request!.service_request_id!;
      token = request!.token!;
      const json = await call("POST", "requests.json", { form: fmsForm() });
      expect(valid(postResponseSchema, json.json())).toBe("valid");
    });

    it("files the case through the one filing use case, the media_url kept apart and the client audited", async () => {
      const [row] = await connection.db
        .select({
          channel: cases.channel,
          mayPublish: cases.mayPublish,
          title: cases.title,
          mediaUrl: open311Requests.mediaUrl,
        })
        .from(cases)
        .innerJoin(open311Requests, eq(open311Requests.caseId, cases.id))
        .where(eq(cases.reference, serviceRequestId));
      expect(row).toEqual({
        channel: "api",
        mayPublish: true,
        title: "Street light out",
        mediaUrl: "https://fixmystreet.example.cn/photo/1234.full.jpeg",
      });
      const audit = await connection.db
        .select()
        .from(adminAuditLog)
        .where(eq(adminAuditLog.subject, `open311_client:${clientId}`));
      expect(audit.map((a) => a.action)).toContain("open311.client.issue");
      expect(audit.filter((a) => a.action === "open311.request").length).toBeGreaterThanOrEqual(2);
    });

    it("answers the token poll (get_service_request_id_from_token)", async () => {
      const xml = parseXml((await call("GET", `tokens/${token}.xml`)).text);
      expect((xml.service_requests?.request as Record<string, string>[])[0]?.service_request_id).toBe(serviceRequestId);
      const json = (await call("GET", `tokens/${token}.json`)).json();
      expect(valid(tokenSchema, json)).toBe("valid");
      expect(json[0].service_request_id).toBe(serviceRequestId);
    });

    it("GETs requests.xml with start_date and end_date as FixMyStreet formats them", async () => {
      for (const [start, end] of [
        ["2026-06-01T00:00:00Z", "2026-06-11T00:00:00Z"],
        ["2026-06-01T08:00:00+08:00", "2026-06-11T08:00:00+08:00"],
        ["2026-06-01T00:00:00", "2026-06-11T00:00:00"],
      ]) {
        const answer = await call("GET", "requests.xml", {
          query: { jurisdiction_id: jurisdiction, start_date: start!, end_date: end! },
        });
        expect(answer.status).toBe(200);
        const requests = parseXml(answer.text).service_requests?.request as Record<string, string>[];
        const ours = requests.find((r) => r.service_request_id === serviceRequestId);
        expect(ours).toMatchObject({ status: "open", service_code: "street-light", lat: "31.23", long: "121.474" });
        for (const request of requests)
          for (const key of Object.keys(request)) expect(XML_SHAPES.service_requests.fields).toContain(key);
      }
    });

    it("answers requests/{id} in both formats, valid against the schema", async () => {
      const json = (await call("GET", `requests/${serviceRequestId}.json`)).json();
      expect(valid(requestsSchema, json)).toBe("valid");
      expect(json[0]).toMatchObject({ service_request_id: serviceRequestId, status: "open", media_url: null });
      const xml = parseXml((await call("GET", `requests/${serviceRequestId}.xml`)).text);
      expect((xml.service_requests?.request as unknown[]).length).toBe(1);
    });

    it("skips servicerequestupdates, an extension we do not serve: the spec's 404", async () => {
      const answer = await call("GET", "servicerequestupdates.xml");
      expect(answer.status).toBe(404);
      expect(Object.keys(parseXml(answer.text))).toContain("errors");
    });
  });

  describe("status mapping", () => {
    it("reads a replied case as open with its reply, lead unit and due date, a closed one as closed", async () => {
      const made = await repliedCase(ctx, "urban-mgmt", { reply: "The lamp was replaced on Monday." });
      const [row] = await connection.db
        .select({ replyDueAt: cases.replyDueAt, unitZh: units.nameZh })
        .from(cases)
        .innerJoin(units, eq(units.id, cases.leadUnitId))
        .where(eq(cases.reference, made.reference));
      const [replied] = (await call("GET", `requests/${made.reference}.json`)).json();
      expect(replied).toMatchObject({
        status: "open",
        status_notes: "The lamp was replaced on Monday.",
        agency_responsible: row?.unitZh,
        expected_datetime: row?.replyDueAt?.toISOString(),
      });
      await connection.db
        .update(cases)
        .set({ status: "closed", closedAt: NOW })
        .where(eq(cases.reference, made.reference));
      const [closed] = (await call("GET", `requests/${made.reference}.json`)).json();
      expect(closed.status).toBe("closed");
      const closedOnly = (await call("GET", "requests.json", { query: { status: "closed" } })).json();
      expect(closedOnly.map((r: { service_request_id: string }) => r.service_request_id)).toEqual([made.reference]);
      const open = (await call("GET", "requests.json", { query: { status: "open" } })).json();
      expect(open.every((r: { status: string }) => r.status === "open")).toBe(true);
      const both = (await call("GET", "requests.json", { query: { status: "open,closed" } })).json();
      expect(both.length).toBe(open.length + 1);
      expect(valid(requestsSchema, both)).toBe("valid");
    });
  });

  describe("privacy", () => {
    it("returns only published cases; the token still answers for an unpublished one", async () => {
      const answer = await call("POST", "requests.json", { form: fmsForm({ "attribute[may_publish]": "no" }) });
      const [{ service_request_id: id, token }] = answer.json();
      expect((await call("GET", `requests/${id}.json`)).status).toBe(404);
      expect((await call("GET", `tokens/${token}.json`)).json()[0].service_request_id).toBe(id);
      const list = (await call("GET", "requests.json", { query: { service_request_id: id } })).json();
      expect(list).toEqual([]);
    });

    it("never shows the citizen's name, phone or email, even where they typed them into the text", async () => {
      const answer = await call("POST", "requests.json", {
        form: fmsForm({
          description: `Broken lamp. Call ${CITIZEN.phone} or mail ${CITIZEN.email}, ask for ${CITIZEN.first_name} ${CITIZEN.last_name}.`,
          address_string: `Outside ${CITIZEN.first_name} ${CITIZEN.last_name}'s shop`,
        }),
      });
      const [{ service_request_id: id }] = answer.json();
      await call("GET", `requests/${id}.json`);
      await call("GET", `requests/${id}.xml`);
      await call("GET", "requests.json");
      await call("GET", "requests.xml");
      const [published] = (await call("GET", `requests/${id}.json`)).json();
      expect(published.description).toContain("***");
      for (const body of allBodies) {
        expect(body).not.toContain(CITIZEN.phone);
        expect(body).not.toContain(CITIZEN.email);
        expect(body).not.toContain(`${CITIZEN.first_name} ${CITIZEN.last_name}`);
      }
    });
  });

  describe("errors", () => {
    async function expectError(
      answer: Awaited<ReturnType<typeof call>>,
      status: number,
      format: "json" | "xml" = "json",
    ) {
      expect(answer.status, answer.text).toBe(status);
      if (format === "json") {
        expect(valid(errorsSchema, answer.json())).toBe("valid");
        expect(answer.json()[0].code).toBe(status);
      } else {
        const errors = parseXml(answer.text).errors?.error as Record<string, string>[];
        expect(errors.length).toBeGreaterThan(0);
        for (const error of errors) expect(Object.keys(error).sort()).toEqual(["code", "description"]);
        expect(errors[0]?.code).toBe(String(status));
      }
      return answer;
    }

    it("refuses a missing, wrong or revoked api_key with 403", async () => {
      await expectError(await call("POST", "requests.json", { form: fmsForm({ api_key: "" }) }), 403);
      await expectError(
        await call("POST", "requests.xml", { form: fmsForm({ api_key: "o311_not-a-key" }) }),
        403,
        "xml",
      );
      const admin = await sessionActor(connection.db, "admin@answerable.local");
      const other = await issueApiKey({ name: "Retired app", requestsPerMinute: 5 }, admin, ctx);
      expect((await call("POST", "requests.json", { form: fmsForm({ api_key: other.key }) })).status).toBe(200);
      await revokeApiKey({ clientId: other.clientId }, admin, ctx);
      const listed = (await listOpen311Clients(connection.db)).find((c) => c.id === other.clientId);
      expect(listed?.revokedAt).toEqual(NOW);
      expect(JSON.stringify(listed)).not.toContain(other.key.slice(12));
      const [revoke] = await connection.db
        .select()
        .from(adminAuditLog)
        .where(eq(adminAuditLog.subject, `open311_client:${other.clientId}`))
        .orderBy(desc(adminAuditLog.id));
      expect(revoke).toMatchObject({ action: "open311.client.revoke", actorUserId: admin.id });
      await expectError(await call("POST", "requests.json", { form: fmsForm({ api_key: other.key }) }), 403);
    });

    it("answers 404 for an unknown id, token, service, endpoint or jurisdiction", async () => {
      await expectError(await call("GET", "requests/2026-999999-X.json"), 404);
      await expectError(await call("GET", "requests/nonsense.xml"), 404, "xml");
      await expectError(await call("GET", "tokens/00000000-0000-0000-0000-000000000000.json"), 404);
      await expectError(await call("GET", "services/no-such-service.xml"), 404, "xml");
      await expectError(await call("GET", "services.html"), 404);
      await expectError(await call("GET", "services.json", { query: { jurisdiction_id: "elsewhere.example" } }), 404);
      await expectError(
        await call("POST", "requests.json", { form: fmsForm({ service_code: "no-such-service" }) }),
        404,
      );
      await expectError(await call("POST", "services.json", { form: fmsForm() }), 404);
    });

    it("answers 400 for bad dates, a range over 90 days and bad filters", async () => {
      await expectError(await call("GET", "requests.json", { query: { start_date: "last tuesday" } }), 400);
      await expectError(
        await call("GET", "requests.xml", {
          query: { start_date: "2026-01-01T00:00:00Z", end_date: "2026-04-02T00:00:01Z" },
        }),
        400,
        "xml",
      );
      await expectError(
        await call("GET", "requests.json", {
          query: { start_date: "2026-06-02T00:00:00Z", end_date: "2026-06-01T00:00:00Z" },
        }),
        400,
      );
      await expectError(await call("GET", "requests.json", { query: { status: "pending" } }), 400);
      await expectError(await call("GET", "requests.json", { query: { service_request_id: " , " } }), 400);
      const exactly90 = await call("GET", "requests.json", {
        query: { start_date: "2026-03-12T02:00:00Z", end_date: "2026-06-10T02:00:00Z" },
      });
      expect(exactly90.status).toBe(200);
    });

    it("answers 400 for a repeated parameter, bad fields, no location or district, or a body not form-encoded", async () => {
      const repeated = new Request("http://open311.test/open311/v2/requests.json?status=open&status=closed");
      const answer = await handleOpen311(["requests.json"], { ...ctx, request: repeated });
      expect(answer.status).toBe(400);
      await expectError(
        await call("POST", "requests.json", { form: fmsForm({ lat: "", long: "", address_string: "" }) }),
        400,
      );
      await expectError(await call("POST", "requests.json", { form: fmsForm({ "attribute[district]": "" }) }), 400);
      await expectError(
        await call("POST", "requests.json", { form: fmsForm({ "attribute[district]": "atlantis" }) }),
        400,
      );
      await expectError(
        await call("POST", "requests.json", { form: fmsForm({ "attribute[case_type]": "bribe" }) }),
        400,
      );
      await expectError(await call("POST", "requests.json", { form: fmsForm({ lat: "95" }) }), 400);
      await expectError(await call("POST", "requests.json", { form: fmsForm({ description: "" }) }), 400);
      await expectError(await call("POST", "requests.json", { form: fmsForm({ email: "", phone: "" }) }), 400);
      await expectError(await call("POST", "requests.json", { form: fmsForm({ phone: "not a phone" }) }), 400);
      await expectError(
        await call("POST", "requests.json", { form: fmsForm({ media_url: "javascript:alert(1)" }) }),
        400,
      );
      await expectError(await call("POST", "requests.json", { form: fmsForm({ first_name: "", last_name: "" }) }), 400);
      await expectError(await call("POST", "requests.xml", { body: "{}", type: "application/json" }), 400, "xml");
      await expectError(await call("POST", "requests.json", { form: fmsForm({ description: "nul\u0000byte" }) }), 400);
      const refused = await connection.db
        .select()
        .from(adminAuditLog)
        .where(eq(adminAuditLog.action, "open311.request.refused"));
      expect(refused.length).toBeGreaterThan(0);
    });

    it("holds each client to its own rate limit: 429 with retry-after", async () => {
      const store = createLimiterStore({ kind: "database", db: connection.db });
      const admin = await sessionActor(connection.db, "admin@answerable.local");
      const slow = await issueApiKey({ name: "Slow client", requestsPerMinute: 1 }, admin, ctx);
      const limit: ClientLimit = async (client) => {
        const decision = await store.consume("open311Filing", clientPolicy(client), `client:${client.id}`);
        if (!decision.allowed) throw new AppError("rate_limited", "", undefined, decision.retryAfterSeconds);
      };
      expect((await call("POST", "requests.json", { form: fmsForm({ api_key: slow.key }), limit })).status).toBe(200);
      const second = await call("POST", "requests.json", { form: fmsForm({ api_key: slow.key }), limit });
      expect(second.status).toBe(429);
      expect(valid(errorsSchema, second.json())).toBe("valid");
      // Another client's key is counted apart.
      expect((await call("POST", "requests.json", { form: fmsForm(), limit })).status).toBe(200);
    });
  });
});
