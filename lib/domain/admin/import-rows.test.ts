import { describe, expect, it } from "vitest";
import {
  type ExistingUnit,
  type ImportKind,
  IMPORT_EXAMPLES,
  IMPORT_KINDS,
  parseImportCsv,
  parseOffsetDateTime,
  planCases,
  planCategories,
  planDispatch,
  planUnits,
  planUsers,
} from "./import-rows";

const unit = (
  id: number,
  code: string,
  parentId: number | null,
  parentCode: string | null,
  active = true,
): ExistingUnit => ({
  id,
  code,
  nameZh: code,
  nameEn: code,
  unitClass: "city_bureau",
  parentId,
  parentCode,
  districtCode: null,
  active,
});
const EXISTING_UNITS = [unit(1, "city", null, null), unit(2, "water", 1, "city"), unit(3, "old", 1, "city", false)];
const DISTRICTS = new Set(["dongcheng"]);

/** Parses a CSV of `kind` and returns its rows, failing on any parse problem. */
function rowsOf(kind: ImportKind, text: string) {
  const parsed = parseImportCsv(kind, text);
  expect(parsed.problems).toEqual([]);
  return parsed.rows;
}
const keys = (problems: { line: number; field: string; messageKey: string }[]) =>
  problems.map((p) => `${p.line}:${p.field}:${p.messageKey}`);

describe("parseImportCsv", () => {
  it.each([
    {
      name: "counts lines as shown, header = 1, blank lines included",
      text: "code,name_zh,name_en,class,parent_code,district_code\n\na,甲,A,district,,\n",
      rows: [3],
      problems: [],
    },
    {
      name: "a quoted field spanning lines starts the record's line",
      text: 'code,name_zh,name_en,class,parent_code,district_code\n"a",甲,"A\nB",district,,\nb,乙,B,district,,',
      rows: [2, 4],
      problems: [],
    },
    {
      name: "missing column",
      text: "code,name_zh,name_en,class,parent_code\na,甲,A,district,",
      rows: [],
      problems: ["1:district_code:missingColumn"],
    },
    {
      name: "unknown column",
      text: "code,name_zh,name_en,class,parent_code,district_code,colour\n",
      rows: [],
      problems: ["1:colour:unknownColumn"],
    },
    {
      name: "header only",
      text: "code,name_zh,name_en,class,parent_code,district_code\n",
      rows: [],
      problems: ["1::noRows"],
    },
    { name: "empty", text: "", rows: [], problems: ["1::emptyFile"] },
    {
      name: "short row",
      text: "code,name_zh,name_en,class,parent_code,district_code\na,甲,A\n",
      rows: [2],
      problems: ["2::columnCount"],
    },
    {
      name: "unclosed quote",
      text: 'code,name_zh,name_en,class,parent_code,district_code\na,"甲,A,district,,\n',
      rows: [],
      problems: ["2::csvMalformed"],
    },
  ])("$name", ({ text, rows, problems }) => {
    const parsed = parseImportCsv("units", text);
    expect(parsed.rows.map((r) => r.line)).toEqual(rows);
    expect(keys(parsed.problems)).toEqual(problems);
  });

  it("the example file of every kind parses with the kind's columns", () => {
    for (const kind of IMPORT_KINDS) expect(parseImportCsv(kind, IMPORT_EXAMPLES[kind]).problems).toEqual([]);
  });
});

const UNIT_HEADER = "code,name_zh,name_en,class,parent_code,district_code";
describe("planUnits", () => {
  it.each([
    {
      name: "a parent later in the file",
      body: ["child,子,Child,street_office,parent,dongcheng", "parent,父,Parent,city_bureau,city,"],
      problems: [],
      outcomes: ["create", "create"],
    },
    {
      name: "unknown class, parent and district",
      body: ["a,甲,A,ministry,nowhere,atlantis"],
      problems: ["2:class:unknownClass", "2:parent_code:unknownParent", "2:district_code:unknownDistrict"],
      outcomes: [],
    },
    {
      name: "bad code and missing names",
      body: ["Bad Code,,,district,,"],
      problems: ["2:code:codeFormat", "2:name_zh:required", "2:name_en:required"],
      outcomes: [],
    },
    {
      name: "duplicate code in the file",
      body: ["a,甲,A,district,,", "a,甲,A,district,,"],
      problems: ["3:code:duplicateInFile"],
      outcomes: ["create"],
    },
    {
      name: "a loop within the file",
      body: ["a,甲,A,district,b,", "b,乙,B,district,a,"],
      problems: ["2:parent_code:parentCycle", "3:parent_code:parentCycle"],
      outcomes: [],
    },
    { name: "own parent", body: ["a,甲,A,district,a,"], problems: ["2:parent_code:parentCycle"], outcomes: [] },
    {
      name: "an existing unit moved under its own child",
      body: ["city,city,city,city_bureau,water,"],
      problems: ["2:parent_code:parentCycle"],
      outcomes: [],
    },
    {
      name: "identical rows are unchanged, a new name is an update",
      body: ["water,water,water,city_bureau,city,", "city,市政府,city,city_bureau,,"],
      problems: [],
      outcomes: ["unchanged", "update"],
    },
  ])("$name", ({ body, problems, outcomes }) => {
    const plan = planUnits(rowsOf("units", [UNIT_HEADER, ...body].join("\n")), EXISTING_UNITS, DISTRICTS);
    expect(keys(plan.problems)).toEqual(problems);
    expect(plan.rows.map((r) => r.outcome)).toEqual(outcomes);
  });
});

const CATEGORY_HEADER = "code,group_code,name_zh,name_en,sla_policy_code,keywords_zh,keywords_en";
describe("planCategories", () => {
  const refs = {
    existing: [
      {
        code: "lights",
        groupCode: "urban",
        nameZh: "路灯",
        nameEn: "Lights",
        slaPolicyCode: "general",
        keywordsZh: ["路灯"],
        keywordsEn: ["lamp", "dark"],
      },
    ],
    groupCodes: new Set(["urban"]),
    slaPolicyCodes: new Set(["general"]),
  };
  it.each([
    {
      name: "new category with | keywords",
      body: ["parks,urban,公园,Parks,general,公园|草坪| 公园 ,park"],
      problems: [],
      outcomes: ["create"],
    },
    {
      name: "unknown group and policy",
      body: ["parks,nope,公园,Parks,fast,,"],
      problems: ["2:group_code:unknownGroup", "2:sla_policy_code:unknownSlaPolicy"],
      outcomes: [],
    },
    {
      name: "same keywords unchanged",
      body: ["lights,urban,路灯,Lights,general,路灯,lamp|dark"],
      problems: [],
      outcomes: ["unchanged"],
    },
    {
      name: "keyword order is a change",
      body: ["lights,urban,路灯,Lights,general,路灯,dark|lamp"],
      problems: [],
      outcomes: ["update"],
    },
  ])("$name", ({ body, problems, outcomes }) => {
    const plan = planCategories(rowsOf("categories", [CATEGORY_HEADER, ...body].join("\n")), refs);
    expect(keys(plan.problems)).toEqual(problems);
    expect(plan.rows.map((r) => r.outcome)).toEqual(outcomes);
  });
  it("splits keywords and drops repeats", () => {
    const plan = planCategories(
      rowsOf("categories", `${CATEGORY_HEADER}\nparks,urban,公园,Parks,general,公园|草坪| 公园 ,`),
      refs,
    );
    expect(plan.rows[0]?.record.keywordsZh).toEqual(["公园", "草坪"]);
    expect(plan.rows[0]?.record.keywordsEn).toEqual([]);
  });
});

const DISPATCH_HEADER = "category_code,district_code,lead_unit_code,co_unit_codes,effective_from";
describe("planDispatch", () => {
  const refs = {
    existing: [
      {
        categoryCode: "lights",
        districtCode: null,
        leadUnitCode: "water",
        coUnitCodes: ["city"],
        effectiveFrom: "2026-01-01",
      },
    ],
    categoryCodes: new Set(["lights"]),
    districtCodes: DISTRICTS,
    units: new Map([
      ["city", true],
      ["water", true],
      ["old", false],
    ]),
  };
  it.each([
    {
      name: "city-wide and district entries",
      body: ["lights,,water,,2027-01-01", "lights,dongcheng,water,city|city,2027-01-01"],
      problems: [],
      outcomes: ["create", "create"],
    },
    {
      name: "the existing entry again is unchanged",
      body: ["lights,,water,city,2026-01-01"],
      problems: [],
      outcomes: ["unchanged"],
    },
    {
      name: "the existing key with other units",
      body: ["lights,,city,,2026-01-01"],
      problems: ["2:effective_from:entryDiffers"],
      outcomes: [],
    },
    {
      name: "unknown references",
      body: ["nope,mars,ghost,ghost2,2027-01-01"],
      problems: [
        "2:category_code:unknownCategory",
        "2:district_code:unknownDistrict",
        "2:lead_unit_code:unknownUnit",
        "2:co_unit_codes:unknownUnit",
      ],
      outcomes: [],
    },
    {
      name: "inactive lead, lead among co-units, bad date",
      body: ["lights,,old,old,2027-02-30"],
      problems: ["2:lead_unit_code:unitInactive", "2:co_unit_codes:leadAmongCoUnits", "2:effective_from:invalidDate"],
      outcomes: [],
    },
    { name: "missing date", body: ["lights,,water,,"], problems: ["2:effective_from:required"], outcomes: [] },
    {
      name: "same key twice",
      body: ["lights,,water,,2027-01-01", "lights,,water,,2027-01-01"],
      problems: ["3:effective_from:duplicateInFile"],
      outcomes: ["create"],
    },
  ])("$name", ({ body, problems, outcomes }) => {
    const plan = planDispatch(rowsOf("dispatch", [DISPATCH_HEADER, ...body].join("\n")), refs);
    expect(keys(plan.problems)).toEqual(problems);
    expect(plan.rows.map((r) => r.outcome)).toEqual(outcomes);
  });
});

describe("planUsers", () => {
  const refs = {
    existing: [
      { email: "ops@city.gov", name: "Ops", role: "operator", unitCode: null },
      { email: "jane@example.com", name: "Jane", role: "citizen", unitCode: null },
      { email: "admin@city.gov", name: "Admin", role: "admin", unitCode: null },
    ],
    units: new Map([
      ["water", true],
      ["old", false],
    ]),
    actorEmail: "admin@city.gov",
  };
  it.each([
    {
      name: "new staff with and without a unit",
      body: ["New@City.gov,New,unit_staff,water", "sup@city.gov,Sup,supervisor,"],
      problems: [],
      outcomes: ["create", "create"],
    },
    {
      name: "existing unchanged and changed",
      body: ["ops@city.gov,Ops,operator,", "OPS2@city.gov,X,observer,"],
      problems: [],
      outcomes: ["unchanged", "create"],
    },
    { name: "role change is an update", body: ["ops@city.gov,Ops,supervisor,"], problems: [], outcomes: ["update"] },
    {
      name: "citizen role, bad email",
      body: ["not-an-email,X,citizen,"],
      problems: ["2:email:invalidEmail", "2:role:staffRole"],
      outcomes: [],
    },
    {
      name: "unit roles need an active unit; others none",
      body: ["a@city.gov,A,unit_head,", "b@city.gov,B,unit_staff,old", "c@city.gov,C,operator,water"],
      problems: ["2:unit_code:unitRequired", "3:unit_code:unknownUnit", "4:unit_code:unitNotAllowed"],
      outcomes: [],
    },
    {
      name: "a citizen's email, and self-demotion",
      body: ["jane@example.com,Jane,operator,", "admin@city.gov,Admin,operator,"],
      problems: ["2:email:notStaff", "3:role:selfDemote"],
      outcomes: [],
    },
  ])("$name", ({ body, problems, outcomes }) => {
    const plan = planUsers(rowsOf("users", ["email,name,role,unit_code", ...body].join("\n")), refs);
    expect(keys(plan.problems)).toEqual(problems);
    expect(plan.rows.map((r) => r.outcome)).toEqual(outcomes);
  });
});

describe("parseOffsetDateTime", () => {
  it.each([
    { text: "2025-06-02T09:15:00+08:00", iso: "2025-06-02T01:15:00.000Z" },
    { text: "2025-06-02T09:15+08:00", iso: "2025-06-02T01:15:00.000Z" },
    { text: "2025-12-31T23:30:00.5Z", iso: "2025-12-31T23:30:00.500Z" },
    { text: "2025-06-02T09:15:00-05:30", iso: "2025-06-02T14:45:00.000Z" },
    { text: "2025-06-02T09:15:00", iso: null }, // no offset
    { text: "2025-06-02", iso: null },
    { text: "2025-02-30T10:00:00+08:00", iso: null }, // Date would roll over to 2 March
    { text: "2025-06-02T24:10:00+08:00", iso: null },
    { text: "2025-06-02T09:15:60+08:00", iso: null },
    { text: "2025-06-02T09:15:00+15:00", iso: null },
    { text: "yesterday", iso: null },
  ])("$text", ({ text, iso }) => {
    expect(parseOffsetDateTime(text)?.toISOString() ?? null).toBe(iso);
  });
});

const CASE_HEADER =
  "legacy_id,created_at,type,channel,category_code,district_code,title,description,lead_unit_code,replied_at,outcome,reply_text,legal_basis,closed_at,satisfaction";
/** The local date in Beijing (UTC+8, no daylight saving). */
const beijingDate = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

describe("planCases", () => {
  const refs = {
    existingLegacyIds: new Set(["OLD-1"]),
    categoryCodes: new Set(["lights"]),
    districtCodes: DISTRICTS,
    unitCodes: new Set(["water", "old"]),
    admission: { goLive: null, today: "2026-03-10", localDate: beijingDate },
  };
  const C = "2025-06-02T09:00:00+08:00";
  const R = "2025-06-05T09:00:00+08:00";
  const X = "2025-06-08T09:00:00+08:00";
  it.each([
    {
      name: "never dispatched",
      body: [`N-1,${C},complaint,phone,lights,,T,D,,,,,,,`],
      problems: [],
      outcomes: ["create"],
    },
    {
      name: "replied, closed and rated",
      body: [`N-1,${C},complaint,phone,lights,dongcheng,T,D,water,${R},resolved,Done,,${X},satisfied`],
      problems: [],
      outcomes: ["create"],
    },
    {
      name: "closed unrated by an inactive unit, not supported with a basis",
      body: [`N-1,${C},complaint,phone,lights,,T,D,old,${R},not_supported,No,Art. 5,${X},`],
      problems: [],
      outcomes: ["create"],
    },
    {
      name: "an imported legacy id is left unchanged",
      body: [`OLD-1,${C},complaint,phone,lights,,T,D,,,,,,,`],
      problems: [],
      outcomes: ["unchanged"],
    },
    {
      name: "legacy id repeated in the file",
      body: [`N-1,${C},complaint,phone,lights,,T,D,,,,,,,`, `N-1,${C},complaint,phone,lights,,T,D,,,,,,,`],
      problems: ["3:legacy_id:duplicateInFile"],
      outcomes: ["create"],
    },
    {
      name: "missing required values",
      body: [",,,,,,,,,,,,,,"],
      problems: [
        "2:legacy_id:required",
        "2:created_at:required",
        "2:type:required",
        "2:channel:required",
        "2:category_code:required",
        "2:title:required",
        "2:description:required",
      ],
      outcomes: [],
    },
    {
      name: "unknown codes",
      body: [`N-1,${C},grumble,fax,potholes,atlantis,T,D,nobody,,,,,,`],
      problems: [
        "2:type:unknownType",
        "2:channel:unknownChannel",
        "2:category_code:unknownCategory",
        "2:district_code:unknownDistrict",
        "2:lead_unit_code:unknownUnit",
      ],
      outcomes: [],
    },
    {
      name: "dates without an offset or that do not exist",
      body: [`N-1,2025-06-02 09:00,complaint,phone,lights,,T,D,water,2025-02-30T10:00:00+08:00,resolved,Done,,,`],
      problems: ["2:created_at:invalidDateTime", "2:replied_at:invalidDateTime"],
      outcomes: [],
    },
    {
      name: "replied before created",
      body: [`N-1,${R},complaint,phone,lights,,T,D,water,${C},resolved,Done,,,`],
      problems: ["2:replied_at:dateOrder"],
      outcomes: [],
    },
    {
      name: "closed before replied",
      body: [`N-1,${C},complaint,phone,lights,,T,D,water,${X},resolved,Done,,${R},`],
      problems: ["2:closed_at:dateOrder"],
      outcomes: [],
    },
    {
      name: "the same instant is in order",
      body: [`N-1,${C},complaint,phone,lights,,T,D,water,2025-06-02T01:00:00Z,resolved,Done,,${C},`],
      problems: [],
      outcomes: ["create"],
    },
    {
      name: "a reply needs its outcome, text and lead",
      body: [`N-1,${C},complaint,phone,lights,,T,D,,${R},,,,,`],
      problems: ["2:lead_unit_code:replyNeedsLead", "2:outcome:required", "2:reply_text:required"],
      outcomes: [],
    },
    {
      name: "unknown outcome",
      body: [`N-1,${C},complaint,phone,lights,,T,D,water,${R},fixed,Done,,,`],
      problems: ["2:outcome:unknownOutcome"],
      outcomes: [],
    },
    {
      name: "not supported without a legal basis",
      body: [`N-1,${C},complaint,phone,lights,,T,D,water,${R},not_supported,No,,,`],
      problems: ["2:legal_basis:legalBasisRequired"],
      outcomes: [],
    },
    {
      name: "reply fields without replied_at",
      body: [`N-1,${C},complaint,phone,lights,,T,D,water,,resolved,Done,Art. 5,${X},satisfied`],
      problems: [
        "2:outcome:onlyWithReply",
        "2:reply_text:onlyWithReply",
        "2:legal_basis:onlyWithReply",
        "2:closed_at:onlyWithReply",
        "2:satisfaction:onlyWithReply",
      ],
      outcomes: [],
    },
    {
      name: "unknown satisfaction",
      body: [`N-1,${C},complaint,phone,lights,,T,D,water,${R},resolved,Done,,${X},happy`],
      problems: ["2:satisfaction:unknownSatisfaction"],
      outcomes: [],
    },
    {
      name: "satisfaction without closed_at",
      body: [`N-1,${C},complaint,phone,lights,,T,D,water,${R},resolved,Done,,,satisfied`],
      problems: ["2:satisfaction:satisfactionNeedsClose"],
      outcomes: [],
    },
    {
      name: "a title too long",
      body: [`N-1,${C},complaint,phone,lights,,${"x".repeat(201)},D,,,,,,,`],
      problems: ["2:title:tooLong"],
      outcomes: [],
    },
  ])("$name", ({ body, problems, outcomes }) => {
    const plan = planCases(rowsOf("cases", [CASE_HEADER, ...body].join("\n")), refs);
    expect(keys(plan.problems)).toEqual(problems);
    expect(plan.rows.map((r) => r.outcome)).toEqual(outcomes);
  });

  it("refuses a case dated on or after go-live, or in the open month, by its local date", () => {
    const body = [
      `N-1,${C},complaint,phone,lights,,T,D,water,${R},resolved,Done,,${X},`,
      // 16:30 UTC on 31 May is 1 June in Beijing: on the go-live date.
      `N-2,2025-05-31T16:30:00Z,complaint,phone,lights,,T,D,,,,,,,`,
      `N-3,2025-05-31T15:30:00Z,complaint,phone,lights,,T,D,,,,,,,`,
    ];
    const plan = planCases(rowsOf("cases", [CASE_HEADER, ...body].join("\n")), {
      ...refs,
      admission: { goLive: "2025-06-01", today: "2026-03-10", localDate: beijingDate },
    });
    expect(keys(plan.problems)).toEqual(["2:created_at:afterGoLive", "3:created_at:afterGoLive"]);
    expect(plan.rows.map((r) => r.record.legacyId)).toEqual(["N-3"]);

    const open = planCases(
      rowsOf(
        "cases",
        [
          CASE_HEADER,
          `N-4,2026-02-27T09:00:00+08:00,complaint,phone,lights,,T,D,water,2026-03-02T09:00:00+08:00,resolved,Done,,,`,
        ].join("\n"),
      ),
      refs,
    );
    expect(keys(open.problems)).toEqual(["2:replied_at:openPeriod"]);
  });

  it("keeps the reply fields of a replied case and drops blanks to null", () => {
    const plan = planCases(
      rowsOf("cases", [CASE_HEADER, `N-1,${C},complaint,phone,LIGHTS,,T,D,Water,${R},explained,Because,,,`].join("\n")),
      refs,
    );
    expect(plan.rows[0]?.record).toMatchObject({
      categoryCode: "lights",
      districtCode: null,
      leadUnitCode: "water",
      outcome: "explained",
      replyText: "Because",
      legalBasis: null,
      closedAt: null,
      satisfaction: null,
    });
    expect(plan.rows[0]?.record.repliedAt?.toISOString()).toBe("2025-06-05T01:00:00.000Z");
  });
});
