import { describe, expect, it } from "vitest";
import { type ExistingUnit, type ImportKind, IMPORT_EXAMPLES, IMPORT_KINDS, parseImportCsv, planCategories, planDispatch, planUnits, planUsers } from "./import-rows";

const unit = (id: number, code: string, parentId: number | null, parentCode: string | null, active = true): ExistingUnit => ({ id, code, nameZh: code, nameEn: code, unitClass: "city_bureau", parentId, parentCode, districtCode: null, active });
const EXISTING_UNITS = [unit(1, "city", null, null), unit(2, "water", 1, "city"), unit(3, "old", 1, "city", false)];
const DISTRICTS = new Set(["dongcheng"]);

/** Parses a CSV of `kind` and returns its rows, failing on any parse problem. */
function rowsOf(kind: ImportKind, text: string) {
  const parsed = parseImportCsv(kind, text);
  expect(parsed.problems).toEqual([]);
  return parsed.rows;
}
const keys = (problems: { line: number; field: string; messageKey: string }[]) => problems.map((p) => `${p.line}:${p.field}:${p.messageKey}`);

describe("parseImportCsv", () => {
  it.each([
    { name: "counts lines as shown, header = 1, blank lines included", text: "code,name_zh,name_en,class,parent_code,district_code\n\na,甲,A,district,,\n", rows: [3], problems: [] },
    { name: "a quoted field spanning lines starts the record's line", text: 'code,name_zh,name_en,class,parent_code,district_code\n"a",甲,"A\nB",district,,\nb,乙,B,district,,', rows: [2, 4], problems: [] },
    { name: "missing column", text: "code,name_zh,name_en,class,parent_code\na,甲,A,district,", rows: [], problems: ["1:district_code:missingColumn"] },
    { name: "unknown column", text: "code,name_zh,name_en,class,parent_code,district_code,colour\n", rows: [], problems: ["1:colour:unknownColumn"] },
    { name: "header only", text: "code,name_zh,name_en,class,parent_code,district_code\n", rows: [], problems: ["1::noRows"] },
    { name: "empty", text: "", rows: [], problems: ["1::emptyFile"] },
    { name: "short row", text: "code,name_zh,name_en,class,parent_code,district_code\na,甲,A\n", rows: [2], problems: ["2::columnCount"] },
    { name: "unclosed quote", text: 'code,name_zh,name_en,class,parent_code,district_code\na,"甲,A,district,,\n', rows: [], problems: ["2::csvMalformed"] },
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
    { name: "a parent later in the file", body: ["child,子,Child,street_office,parent,dongcheng", "parent,父,Parent,city_bureau,city,"], problems: [], outcomes: ["create", "create"] },
    { name: "unknown class, parent and district", body: ["a,甲,A,ministry,nowhere,atlantis"], problems: ["2:class:unknownClass", "2:parent_code:unknownParent", "2:district_code:unknownDistrict"], outcomes: [] },
    { name: "bad code and missing names", body: ["Bad Code,,,district,,"], problems: ["2:code:codeFormat", "2:name_zh:required", "2:name_en:required"], outcomes: [] },
    { name: "duplicate code in the file", body: ["a,甲,A,district,,", "a,甲,A,district,,"], problems: ["3:code:duplicateInFile"], outcomes: ["create"] },
    { name: "a loop within the file", body: ["a,甲,A,district,b,", "b,乙,B,district,a,"], problems: ["2:parent_code:parentCycle", "3:parent_code:parentCycle"], outcomes: [] },
    { name: "own parent", body: ["a,甲,A,district,a,"], problems: ["2:parent_code:parentCycle"], outcomes: [] },
    { name: "an existing unit moved under its own child", body: ["city,city,city,city_bureau,water,"], problems: ["2:parent_code:parentCycle"], outcomes: [] },
    { name: "identical rows are unchanged, a new name is an update", body: ["water,water,water,city_bureau,city,", "city,市政府,city,city_bureau,,"], problems: [], outcomes: ["unchanged", "update"] },
  ])("$name", ({ body, problems, outcomes }) => {
    const plan = planUnits(rowsOf("units", [UNIT_HEADER, ...body].join("\n")), EXISTING_UNITS, DISTRICTS);
    expect(keys(plan.problems)).toEqual(problems);
    expect(plan.rows.map((r) => r.outcome)).toEqual(outcomes);
  });
});

const CATEGORY_HEADER = "code,group_code,name_zh,name_en,sla_policy_code,keywords_zh,keywords_en";
describe("planCategories", () => {
  const refs = {
    existing: [{ code: "lights", groupCode: "urban", nameZh: "路灯", nameEn: "Lights", slaPolicyCode: "general", keywordsZh: ["路灯"], keywordsEn: ["lamp", "dark"] }],
    groupCodes: new Set(["urban"]),
    slaPolicyCodes: new Set(["general"]),
  };
  it.each([
    { name: "new category with | keywords", body: ["parks,urban,公园,Parks,general,公园|草坪| 公园 ,park"], problems: [], outcomes: ["create"] },
    { name: "unknown group and policy", body: ["parks,nope,公园,Parks,fast,,"], problems: ["2:group_code:unknownGroup", "2:sla_policy_code:unknownSlaPolicy"], outcomes: [] },
    { name: "same keywords unchanged", body: ["lights,urban,路灯,Lights,general,路灯,lamp|dark"], problems: [], outcomes: ["unchanged"] },
    { name: "keyword order is a change", body: ["lights,urban,路灯,Lights,general,路灯,dark|lamp"], problems: [], outcomes: ["update"] },
  ])("$name", ({ body, problems, outcomes }) => {
    const plan = planCategories(rowsOf("categories", [CATEGORY_HEADER, ...body].join("\n")), refs);
    expect(keys(plan.problems)).toEqual(problems);
    expect(plan.rows.map((r) => r.outcome)).toEqual(outcomes);
  });
  it("splits keywords and drops repeats", () => {
    const plan = planCategories(rowsOf("categories", `${CATEGORY_HEADER}\nparks,urban,公园,Parks,general,公园|草坪| 公园 ,`), refs);
    expect(plan.rows[0]?.record.keywordsZh).toEqual(["公园", "草坪"]);
    expect(plan.rows[0]?.record.keywordsEn).toEqual([]);
  });
});

const DISPATCH_HEADER = "category_code,district_code,lead_unit_code,co_unit_codes,effective_from";
describe("planDispatch", () => {
  const refs = {
    existing: [{ categoryCode: "lights", districtCode: null, leadUnitCode: "water", coUnitCodes: ["city"], effectiveFrom: "2026-01-01" }],
    categoryCodes: new Set(["lights"]),
    districtCodes: DISTRICTS,
    units: new Map([
      ["city", true],
      ["water", true],
      ["old", false],
    ]),
  };
  it.each([
    { name: "city-wide and district entries", body: ["lights,,water,,2027-01-01", "lights,dongcheng,water,city|city,2027-01-01"], problems: [], outcomes: ["create", "create"] },
    { name: "the existing entry again is unchanged", body: ["lights,,water,city,2026-01-01"], problems: [], outcomes: ["unchanged"] },
    { name: "the existing key with other units", body: ["lights,,city,,2026-01-01"], problems: ["2:effective_from:entryDiffers"], outcomes: [] },
    { name: "unknown references", body: ["nope,mars,ghost,ghost2,2027-01-01"], problems: ["2:category_code:unknownCategory", "2:district_code:unknownDistrict", "2:lead_unit_code:unknownUnit", "2:co_unit_codes:unknownUnit"], outcomes: [] },
    { name: "inactive lead, lead among co-units, bad date", body: ["lights,,old,old,2027-02-30"], problems: ["2:lead_unit_code:unitInactive", "2:co_unit_codes:leadAmongCoUnits", "2:effective_from:invalidDate"], outcomes: [] },
    { name: "missing date", body: ["lights,,water,,"], problems: ["2:effective_from:required"], outcomes: [] },
    { name: "same key twice", body: ["lights,,water,,2027-01-01", "lights,,water,,2027-01-01"], problems: ["3:effective_from:duplicateInFile"], outcomes: ["create"] },
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
    { name: "new staff with and without a unit", body: ["New@City.gov,New,unit_staff,water", "sup@city.gov,Sup,supervisor,"], problems: [], outcomes: ["create", "create"] },
    { name: "existing unchanged and changed", body: ["ops@city.gov,Ops,operator,", "OPS2@city.gov,X,observer,"], problems: [], outcomes: ["unchanged", "create"] },
    { name: "role change is an update", body: ["ops@city.gov,Ops,supervisor,"], problems: [], outcomes: ["update"] },
    { name: "citizen role, bad email", body: ["not-an-email,X,citizen,"], problems: ["2:email:invalidEmail", "2:role:staffRole"], outcomes: [] },
    { name: "unit roles need an active unit; others none", body: ["a@city.gov,A,unit_head,", "b@city.gov,B,unit_staff,old", "c@city.gov,C,operator,water"], problems: ["2:unit_code:unitRequired", "3:unit_code:unknownUnit", "4:unit_code:unitNotAllowed"], outcomes: [] },
    { name: "a citizen's email, and self-demotion", body: ["jane@example.com,Jane,operator,", "admin@city.gov,Admin,operator,"], problems: ["2:email:notStaff", "3:role:selfDemote"], outcomes: [] },
  ])("$name", ({ body, problems, outcomes }) => {
    const plan = planUsers(rowsOf("users", ["email,name,role,unit_code", ...body].join("\n")), refs);
    expect(keys(plan.problems)).toEqual(problems);
    expect(plan.rows.map((r) => r.outcome)).toEqual(outcomes);
  });
});
