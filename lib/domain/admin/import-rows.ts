import { parse } from "csv-parse/sync";
import { STAFF_ROLES, UNIT_ROLES, isRole } from "@/lib/domain/access/roles";
import {
  CASE_TYPES,
  CHANNELS,
  type CaseType,
  type Channel,
  REPLY_OUTCOMES,
  type ReplyOutcome,
  SATISFACTION_LEVELS,
  type SatisfactionLevel,
  UNIT_CLASSES,
  type UnitClass,
} from "@/lib/domain/cases/vocabulary";
import type { IsoDate } from "@/lib/domain/calendar/working-calendar";
import { validateDispatchEntry } from "./catalogue-rules";
import { type AdmissionRules, importAdmissible } from "./import-admission";
import { wouldCreateCycle } from "./unit-hierarchy";

// Bulk CSV import (a city moving from an older system): parsing and the pure per-row rules.
// Every problem names the line as the user sees it in the file (header = line 1), the CSV column
// and a message key (adminImport.errors.*). Rows are matched to existing records by natural key
// (code, email, or category × district × effective date) so that re-running a file changes nothing.

export const IMPORT_KINDS = ["units", "categories", "dispatch", "users", "cases"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_COLUMNS: Record<ImportKind, readonly string[]> = {
  units: ["code", "name_zh", "name_en", "class", "parent_code", "district_code"],
  categories: ["code", "group_code", "name_zh", "name_en", "sla_policy_code", "keywords_zh", "keywords_en"],
  dispatch: ["category_code", "district_code", "lead_unit_code", "co_unit_codes", "effective_from"],
  users: ["email", "name", "role", "unit_code"],
  cases: [
    "legacy_id",
    "created_at",
    "type",
    "channel",
    "category_code",
    "district_code",
    "title",
    "description",
    "lead_unit_code",
    "replied_at",
    "outcome",
    "reply_text",
    "legal_basis",
    "closed_at",
    "satisfaction",
  ],
};

/** Example files offered for download, in terms of the demo city's reference data. */
export const IMPORT_EXAMPLES: Record<ImportKind, string> = {
  units: [
    "code,name_zh,name_en,class,parent_code,district_code",
    "old-parks,园林局,Parks Bureau,city_bureau,city,",
    "old-parks-east,园林局东区所,Parks Bureau East Office,street_office,old-parks,dongcheng",
  ].join("\n"),
  categories: [
    "code,group_code,name_zh,name_en,sla_policy_code,keywords_zh,keywords_en",
    "park-upkeep,urban,公园维护,Park upkeep,general,公园|草坪|长椅,park|lawn|bench",
  ].join("\n"),
  dispatch: [
    "category_code,district_code,lead_unit_code,co_unit_codes,effective_from",
    "street-light,,urban-mgmt,,2030-01-01",
    "street-light,dongcheng,urban-mgmt,water-group,2030-01-01",
  ].join("\n"),
  users: [
    "email,name,role,unit_code",
    "operator.two@example.gov,Operator Two,operator,",
    "staff.parks@example.gov,Parks Staff,unit_staff,urban-mgmt",
  ].join("\n"),
  cases: [
    "legacy_id,created_at,type,channel,category_code,district_code,title,description,lead_unit_code,replied_at,outcome,reply_text,legal_basis,closed_at,satisfaction",
    "OLD-1001,2025-06-02T09:15:00+08:00,complaint,phone,street-light,dongcheng,路灯不亮,幸福路3号门前路灯连续一周不亮。,urban-mgmt,2025-06-05T16:00:00+08:00,resolved,已更换灯泡。,,2025-06-08T10:00:00+08:00,satisfied",
    "OLD-1002,2025-07-10T14:00:00+08:00,inquiry,web,street-light,,Street light hours,When are the street lights switched on?,,,,,,,",
  ].join("\n"),
};

export interface ImportProblem {
  line: number;
  /** The CSV column, or "" for the whole row or file. */
  field: string;
  messageKey: string;
}

export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export function isImportKind(value: unknown): value is ImportKind {
  return typeof value === "string" && (IMPORT_KINDS as readonly string[]).includes(value);
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/** Reads the CSV text: a header row with every column of the kind, then one record per line. */
export function parseImportCsv(kind: ImportKind, text: string): { rows: CsvRow[]; problems: ImportProblem[] } {
  let records: ParsedRecord[];
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === "number" ? (error as { lines: number }).lines : 1;
    return { rows: [], problems: [{ line, field: "", messageKey: "csvMalformed" }] };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [{ line: 1, field: "", messageKey: "emptyFile" }] };
  const headerLine = header.info.lines - newlines(header.record);
  const names = header.record.map((name) => name.trim().toLowerCase());
  const problems: ImportProblem[] = [];
  for (const column of IMPORT_COLUMNS[kind])
    if (!names.includes(column)) problems.push({ line: headerLine, field: column, messageKey: "missingColumn" });
  for (const name of names)
    if (!IMPORT_COLUMNS[kind].includes(name))
      problems.push({ line: headerLine, field: name, messageKey: "unknownColumn" });
  if (problems.length > 0) return { rows: [], problems };
  if (body.length === 0) return { rows: [], problems: [{ line: headerLine, field: "", messageKey: "noRows" }] };
  const rows = body.map(({ record, info }) => {
    const values: Record<string, string> = {};
    names.forEach((name, index) => {
      values[name] = (record[index] ?? "").trim();
    });
    return { line: info.lines - newlines(record), values };
  });
  for (const { record, info } of body)
    if (record.length !== names.length)
      problems.push({ line: info.lines - newlines(record), field: "", messageKey: "columnCount" });
  return { rows, problems };
}

function newlines(record: readonly string[]): number {
  return record.reduce((sum, field) => sum + (field.match(/\n/g)?.length ?? 0), 0);
}

const CODE = /^[a-z0-9][a-z0-9-]*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_NAME = 200;

/** Splits a `|`-separated list; blanks and repeats dropped. */
export function splitList(value: string): string[] {
  return [
    ...new Set(
      value
        .split("|")
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ];
}

export type RowOutcome = "create" | "update" | "unchanged";

export interface Planned<R> {
  line: number;
  record: R;
  outcome: RowOutcome;
}

export interface ImportPlan<R> {
  rows: Planned<R>[];
  problems: ImportProblem[];
}

class Problems {
  readonly list: ImportProblem[] = [];
  add(line: number, field: string, messageKey: string) {
    this.list.push({ line, field, messageKey });
  }
  code(line: number, field: string, value: string) {
    if (!value) this.add(line, field, "required");
    else if (value.length > 60 || !CODE.test(value)) this.add(line, field, "codeFormat");
  }
  name(line: number, field: string, value: string) {
    if (!value) this.add(line, field, "required");
    else if (value.length > MAX_NAME) this.add(line, field, "tooLong");
  }
  count(line: number) {
    return this.list.filter((p) => p.line === line).length;
  }
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);
const sameSet = (a: readonly string[], b: readonly string[]) => sameList([...a].sort(), [...b].sort());

// ---------------------------------------------------------------------------------------------
// Units

export interface ExistingUnit {
  id: number;
  code: string;
  nameZh: string;
  nameEn: string;
  unitClass: UnitClass;
  parentCode: string | null;
  districtCode: string | null;
  parentId: number | null;
  active: boolean;
}

export interface UnitRecord {
  code: string;
  nameZh: string;
  nameEn: string;
  unitClass: UnitClass;
  parentCode: string | null;
  districtCode: string | null;
}

export function planUnits(
  rows: readonly CsvRow[],
  existing: readonly ExistingUnit[],
  districtCodes: ReadonlySet<string>,
): ImportPlan<UnitRecord> {
  const problems = new Problems();
  const byCode = new Map(existing.map((u) => [u.code, u]));
  const seen = new Set<string>();
  const accepted: { line: number; record: UnitRecord }[] = [];
  const fileCodes = new Set(rows.map((r) => (r.values.code ?? "").toLowerCase()).filter(Boolean));
  for (const { line, values } of rows) {
    const code = (values.code ?? "").toLowerCase();
    problems.code(line, "code", code);
    if (code && seen.has(code)) problems.add(line, "code", "duplicateInFile");
    seen.add(code);
    problems.name(line, "name_zh", values.name_zh ?? "");
    problems.name(line, "name_en", values.name_en ?? "");
    const unitClass = values.class ?? "";
    if (!unitClass) problems.add(line, "class", "required");
    else if (!(UNIT_CLASSES as readonly string[]).includes(unitClass)) problems.add(line, "class", "unknownClass");
    const parentCode = (values.parent_code ?? "").toLowerCase() || null;
    if (parentCode !== null && !byCode.has(parentCode) && !fileCodes.has(parentCode))
      problems.add(line, "parent_code", "unknownParent");
    const districtCode = (values.district_code ?? "").toLowerCase() || null;
    if (districtCode !== null && !districtCodes.has(districtCode))
      problems.add(line, "district_code", "unknownDistrict");
    if (problems.count(line) === 0)
      accepted.push({
        line,
        record: {
          code,
          nameZh: values.name_zh!,
          nameEn: values.name_en!,
          unitClass: unitClass as UnitClass,
          parentCode,
          districtCode,
        },
      });
  }
  // The hierarchy as it would be after the import: existing units keep their ids, new ones get
  // stand-in negative ids; then each imported parent link is checked for a loop.
  const idOf = new Map(existing.map((u) => [u.code, u.id]));
  let next = -1;
  for (const { record } of accepted) if (!idOf.has(record.code)) idOf.set(record.code, next--);
  const parentOf = new Map(existing.map((u) => [u.id, u.parentId]));
  for (const { record } of accepted)
    parentOf.set(idOf.get(record.code)!, record.parentCode === null ? null : (idOf.get(record.parentCode) ?? null));
  const links = [...parentOf].map(([id, parentId]) => ({ id, parentId }));
  const planned: Planned<UnitRecord>[] = [];
  for (const { line, record } of accepted) {
    const id = idOf.get(record.code)!;
    if (record.parentCode !== null && wouldCreateCycle(links, id, idOf.get(record.parentCode) ?? null)) {
      problems.add(line, "parent_code", "parentCycle");
      continue;
    }
    const before = byCode.get(record.code);
    const same =
      before &&
      before.nameZh === record.nameZh &&
      before.nameEn === record.nameEn &&
      before.unitClass === record.unitClass &&
      before.parentCode === record.parentCode &&
      before.districtCode === record.districtCode;
    planned.push({ line, record, outcome: !before ? "create" : same ? "unchanged" : "update" });
  }
  return { rows: planned, problems: sortProblems(problems.list) };
}

// ---------------------------------------------------------------------------------------------
// Categories

export interface CategoryRecord {
  code: string;
  groupCode: string;
  nameZh: string;
  nameEn: string;
  slaPolicyCode: string;
  keywordsZh: string[];
  keywordsEn: string[];
}

export interface CategoryReferences {
  existing: readonly CategoryRecord[];
  groupCodes: ReadonlySet<string>;
  slaPolicyCodes: ReadonlySet<string>;
}

export function planCategories(rows: readonly CsvRow[], refs: CategoryReferences): ImportPlan<CategoryRecord> {
  const problems = new Problems();
  const byCode = new Map(refs.existing.map((c) => [c.code, c]));
  const seen = new Set<string>();
  const planned: Planned<CategoryRecord>[] = [];
  for (const { line, values } of rows) {
    const code = (values.code ?? "").toLowerCase();
    problems.code(line, "code", code);
    if (code && seen.has(code)) problems.add(line, "code", "duplicateInFile");
    seen.add(code);
    const groupCode = (values.group_code ?? "").toLowerCase();
    if (!groupCode) problems.add(line, "group_code", "required");
    else if (!refs.groupCodes.has(groupCode)) problems.add(line, "group_code", "unknownGroup");
    problems.name(line, "name_zh", values.name_zh ?? "");
    problems.name(line, "name_en", values.name_en ?? "");
    const slaPolicyCode = values.sla_policy_code ?? "";
    if (!slaPolicyCode) problems.add(line, "sla_policy_code", "required");
    else if (!refs.slaPolicyCodes.has(slaPolicyCode)) problems.add(line, "sla_policy_code", "unknownSlaPolicy");
    const keywordsZh = splitList(values.keywords_zh ?? "");
    const keywordsEn = splitList(values.keywords_en ?? "");
    if (keywordsZh.join("|").length > 2000) problems.add(line, "keywords_zh", "tooLong");
    if (keywordsEn.join("|").length > 2000) problems.add(line, "keywords_en", "tooLong");
    if (problems.count(line) > 0) continue;
    const record: CategoryRecord = {
      code,
      groupCode,
      nameZh: values.name_zh!,
      nameEn: values.name_en!,
      slaPolicyCode,
      keywordsZh,
      keywordsEn,
    };
    const before = byCode.get(code);
    const same =
      before &&
      before.groupCode === record.groupCode &&
      before.nameZh === record.nameZh &&
      before.nameEn === record.nameEn &&
      before.slaPolicyCode === record.slaPolicyCode &&
      sameList(before.keywordsZh, record.keywordsZh) &&
      sameList(before.keywordsEn, record.keywordsEn);
    planned.push({ line, record, outcome: !before ? "create" : same ? "unchanged" : "update" });
  }
  return { rows: planned, problems: sortProblems(problems.list) };
}

// ---------------------------------------------------------------------------------------------
// Dispatch entries

export interface DispatchRecord {
  categoryCode: string;
  districtCode: string | null;
  leadUnitCode: string;
  coUnitCodes: string[];
  effectiveFrom: string;
}

export interface DispatchReferences {
  existing: readonly DispatchRecord[];
  categoryCodes: ReadonlySet<string>;
  districtCodes: ReadonlySet<string>;
  /** code → whether the unit is active. */
  units: ReadonlyMap<string, boolean>;
}

const entryKey = (e: { categoryCode: string; districtCode: string | null; effectiveFrom: string }) =>
  `${e.categoryCode}|${e.districtCode ?? "*"}|${e.effectiveFrom}`;

/**
 * 派单目录 rows. Entries are never edited (cases already routed by an entry keep it), so a row
 * whose key matches an existing entry with other units is a problem, not an update: a change of
 * routing is a new row with a later effective date.
 */
export function planDispatch(rows: readonly CsvRow[], refs: DispatchReferences): ImportPlan<DispatchRecord> {
  const problems = new Problems();
  const byKey = new Map(refs.existing.map((e) => [entryKey(e), e]));
  const seen = new Set<string>();
  const planned: Planned<DispatchRecord>[] = [];
  const codes = [...refs.units.keys()];
  const idOf = new Map(codes.map((code, index) => [code, index + 1]));
  const activeIds = new Set(codes.filter((code) => refs.units.get(code)).map((code) => idOf.get(code)!));
  for (const { line, values } of rows) {
    const categoryCode = (values.category_code ?? "").toLowerCase();
    if (!categoryCode) problems.add(line, "category_code", "required");
    else if (!refs.categoryCodes.has(categoryCode)) problems.add(line, "category_code", "unknownCategory");
    const districtCode = (values.district_code ?? "").toLowerCase() || null;
    if (districtCode !== null && !refs.districtCodes.has(districtCode))
      problems.add(line, "district_code", "unknownDistrict");
    const leadUnitCode = (values.lead_unit_code ?? "").toLowerCase();
    const leadKnown = refs.units.has(leadUnitCode);
    if (!leadUnitCode) problems.add(line, "lead_unit_code", "required");
    else if (!leadKnown) problems.add(line, "lead_unit_code", "unknownUnit");
    const coUnitCodes = splitList((values.co_unit_codes ?? "").toLowerCase());
    if (coUnitCodes.some((code) => !refs.units.has(code))) problems.add(line, "co_unit_codes", "unknownUnit");
    const effectiveFrom = values.effective_from ?? "";
    if (!effectiveFrom) problems.add(line, "effective_from", "required");
    // The same rules as a single entry added by hand.
    const ruled = validateDispatchEntry(
      {
        leadUnitId: idOf.get(leadUnitCode) ?? 0,
        coUnitIds: coUnitCodes.filter((code) => idOf.has(code)).map((code) => idOf.get(code)!),
        effectiveFrom,
      },
      activeIds,
    );
    if (leadKnown && ruled.leadUnitId) for (const key of ruled.leadUnitId) problems.add(line, "lead_unit_code", key);
    for (const key of ruled.coUnitIds ?? []) problems.add(line, "co_unit_codes", key);
    if (effectiveFrom) for (const key of ruled.effectiveFrom ?? []) problems.add(line, "effective_from", key);
    if (problems.count(line) > 0) continue;
    const record: DispatchRecord = { categoryCode, districtCode, leadUnitCode, coUnitCodes, effectiveFrom };
    const key = entryKey(record);
    if (seen.has(key)) {
      problems.add(line, "effective_from", "duplicateInFile");
      continue;
    }
    seen.add(key);
    const before = byKey.get(key);
    if (before && (before.leadUnitCode !== leadUnitCode || !sameSet(before.coUnitCodes, coUnitCodes))) {
      problems.add(line, "effective_from", "entryDiffers");
      continue;
    }
    planned.push({ line, record, outcome: before ? "unchanged" : "create" });
  }
  return { rows: planned, problems: sortProblems(problems.list) };
}

// ---------------------------------------------------------------------------------------------
// Users (staff only)

export interface UserRecord {
  email: string;
  name: string;
  role: string;
  unitCode: string | null;
}

export interface UserReferences {
  existing: readonly UserRecord[];
  /** code → whether the unit is active. */
  units: ReadonlyMap<string, boolean>;
  /** The administrator running the import, who may not demote themself. */
  actorEmail?: string | null;
}

export function planUsers(rows: readonly CsvRow[], refs: UserReferences): ImportPlan<UserRecord> {
  const problems = new Problems();
  const byEmail = new Map(refs.existing.map((u) => [u.email, u]));
  const seen = new Set<string>();
  const planned: Planned<UserRecord>[] = [];
  for (const { line, values } of rows) {
    const email = (values.email ?? "").toLowerCase();
    if (!email) problems.add(line, "email", "required");
    else if (email.length > 254 || !EMAIL.test(email)) problems.add(line, "email", "invalidEmail");
    else if (seen.has(email)) problems.add(line, "email", "duplicateInFile");
    seen.add(email);
    problems.name(line, "name", values.name ?? "");
    const role = values.role ?? "";
    if (!role) problems.add(line, "role", "required");
    else if (!isRole(role) || !STAFF_ROLES.has(role)) problems.add(line, "role", "staffRole");
    const unitCode = (values.unit_code ?? "").toLowerCase() || null;
    if (isRole(role) && UNIT_ROLES.has(role)) {
      if (unitCode === null) problems.add(line, "unit_code", "unitRequired");
      else if (!refs.units.get(unitCode)) problems.add(line, "unit_code", "unknownUnit");
    } else if (unitCode !== null && isRole(role)) problems.add(line, "unit_code", "unitNotAllowed");
    const before = byEmail.get(email);
    if (before && !STAFF_ROLES.has(before.role as never)) problems.add(line, "email", "notStaff");
    if (before && refs.actorEmail && email === refs.actorEmail.toLowerCase() && role !== "admin")
      problems.add(line, "role", "selfDemote");
    if (problems.count(line) > 0) continue;
    const record: UserRecord = { email, name: values.name!, role, unitCode };
    const same =
      before && before.name === record.name && before.role === record.role && before.unitCode === record.unitCode;
    planned.push({ line, record, outcome: !before ? "create" : same ? "unchanged" : "update" });
  }
  return { rows: planned, problems: sortProblems(problems.list) };
}

// ---------------------------------------------------------------------------------------------
// Historic cases (from the older system; never updated once imported)

export interface CaseRecord {
  legacyId: string;
  createdAt: Date;
  type: CaseType;
  channel: Channel;
  categoryCode: string;
  districtCode: string | null;
  title: string;
  description: string;
  /** Null: the case was never dispatched. */
  leadUnitCode: string | null;
  repliedAt: Date | null;
  outcome: ReplyOutcome | null;
  replyText: string | null;
  legalBasis: string | null;
  closedAt: Date | null;
  satisfaction: SatisfactionLevel | null;
}

export interface CaseReferences {
  /** Legacy ids already imported (their cases are left as they are). */
  existingLegacyIds: ReadonlySet<string>;
  categoryCodes: ReadonlySet<string>;
  districtCodes: ReadonlySet<string>;
  /** Every unit code, active or not: a historic case may name a unit closed since. */
  unitCodes: ReadonlySet<string>;
  /**
   * The go-live date and today (local), with the jurisdiction's local date of an instant: a case
   * dated on or after go-live, in the open month or in the future is refused (import-admission.ts).
   */
  admission: AdmissionRules & { localDate: (instant: Date) => IsoDate };
}

/** The idempotency key a legacy id is stored under, so a re-run finds the case. */
export const legacyKey = (legacyId: string) => `legacy:${legacyId}`;

const MAX_LEGACY_ID = 100;
const MAX_TITLE = 200;
const MAX_TEXT = 4000;
const OFFSET_DATE_TIME = /^([12]\d{3}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An ISO 8601 date-time with an offset ("2025-06-02T09:15:00+08:00" or "…Z"); null when it is not
 * one or names a day or time that does not exist (2025-02-30, 24:10), which Date would roll over.
 */
export function parseOffsetDateTime(value: string): Date | null {
  const match = OFFSET_DATE_TIME.exec(value);
  if (!match) return null;
  const [, day, minute, second, offset] = match;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return null;
  const offsetMinutes =
    offset === "Z"
      ? 0
      : (offset!.startsWith("-") ? -1 : 1) * (Number(offset!.slice(1, 3)) * 60 + Number(offset!.slice(4, 6)));
  if (Math.abs(offsetMinutes) > 14 * 60 || Number(second ?? 0) > 59) return null;
  // The wall-clock time written must be the one the instant has at that offset.
  const wall = new Date(instant.getTime() + offsetMinutes * 60_000).toISOString();
  return wall.slice(0, 10) === day && wall.slice(11, 16) === minute ? instant : null;
}

function oneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

export function planCases(rows: readonly CsvRow[], refs: CaseReferences): ImportPlan<CaseRecord> {
  const problems = new Problems();
  const seen = new Set<string>();
  const planned: Planned<CaseRecord>[] = [];
  for (const { line, values } of rows) {
    const v = (name: string) => values[name] ?? "";
    const legacyId = v("legacy_id");
    if (!legacyId) problems.add(line, "legacy_id", "required");
    else if (legacyId.length > MAX_LEGACY_ID) problems.add(line, "legacy_id", "tooLong");
    else if (seen.has(legacyId)) problems.add(line, "legacy_id", "duplicateInFile");
    seen.add(legacyId);

    const date = (field: string): Date | null => {
      const text = v(field);
      if (!text) return null;
      const parsed = parseOffsetDateTime(text);
      if (!parsed) problems.add(line, field, "invalidDateTime");
      return parsed;
    };
    const createdAt = date("created_at");
    if (!v("created_at")) problems.add(line, "created_at", "required");
    const repliedAt = date("replied_at");
    const closedAt = date("closed_at");

    const type = v("type");
    if (!type) problems.add(line, "type", "required");
    else if (!oneOf(CASE_TYPES, type)) problems.add(line, "type", "unknownType");
    const channel = v("channel");
    if (!channel) problems.add(line, "channel", "required");
    else if (!oneOf(CHANNELS, channel)) problems.add(line, "channel", "unknownChannel");
    const categoryCode = v("category_code").toLowerCase();
    if (!categoryCode) problems.add(line, "category_code", "required");
    else if (!refs.categoryCodes.has(categoryCode)) problems.add(line, "category_code", "unknownCategory");
    const districtCode = v("district_code").toLowerCase() || null;
    if (districtCode !== null && !refs.districtCodes.has(districtCode))
      problems.add(line, "district_code", "unknownDistrict");
    const title = v("title");
    if (!title) problems.add(line, "title", "required");
    else if (title.length > MAX_TITLE) problems.add(line, "title", "tooLong");
    const description = v("description");
    if (!description) problems.add(line, "description", "required");
    else if (description.length > MAX_TEXT) problems.add(line, "description", "tooLong");
    const leadUnitCode = v("lead_unit_code").toLowerCase() || null;
    if (leadUnitCode !== null && !refs.unitCodes.has(leadUnitCode)) problems.add(line, "lead_unit_code", "unknownUnit");

    // The reply: all of its fields come with replied_at, and only with it.
    const replied = v("replied_at") !== "";
    const outcome = v("outcome");
    const replyText = v("reply_text");
    const legalBasis = v("legal_basis");
    const satisfaction = v("satisfaction");
    if (replied) {
      if (leadUnitCode === null) problems.add(line, "lead_unit_code", "replyNeedsLead");
      if (!outcome) problems.add(line, "outcome", "required");
      else if (!oneOf(REPLY_OUTCOMES, outcome)) problems.add(line, "outcome", "unknownOutcome");
      if (!replyText) problems.add(line, "reply_text", "required");
      else if (replyText.length > MAX_TEXT) problems.add(line, "reply_text", "tooLong");
      if (outcome === "not_supported" && !legalBasis) problems.add(line, "legal_basis", "legalBasisRequired");
      if (legalBasis.length > MAX_TEXT) problems.add(line, "legal_basis", "tooLong");
    } else {
      for (const field of ["outcome", "reply_text", "legal_basis", "closed_at", "satisfaction"])
        if (v(field) !== "") problems.add(line, field, "onlyWithReply");
    }
    if (replied && satisfaction) {
      if (!oneOf(SATISFACTION_LEVELS, satisfaction)) problems.add(line, "satisfaction", "unknownSatisfaction");
      if (!v("closed_at")) problems.add(line, "satisfaction", "satisfactionNeedsClose");
    }
    if (createdAt && repliedAt && repliedAt < createdAt) problems.add(line, "replied_at", "dateOrder");
    if (repliedAt && closedAt && closedAt < repliedAt) problems.add(line, "closed_at", "dateOrder");
    if (problems.count(line) === 0 && createdAt) {
      const local = refs.admission.localDate;
      const admission = importAdmissible(
        {
          createdAt: local(createdAt),
          repliedAt: repliedAt ? local(repliedAt) : null,
          closedAt: closedAt ? local(closedAt) : null,
        },
        refs.admission,
      );
      if (!admission.admitted) problems.add(line, admission.field, admission.reason);
    }

    if (problems.count(line) > 0) continue;
    const record: CaseRecord = {
      legacyId,
      createdAt: createdAt!,
      type: type as CaseType,
      channel: channel as Channel,
      categoryCode,
      districtCode,
      title,
      description,
      leadUnitCode,
      repliedAt,
      outcome: replied ? (outcome as ReplyOutcome) : null,
      replyText: replied ? replyText : null,
      legalBasis: replied && legalBasis ? legalBasis : null,
      closedAt,
      satisfaction: satisfaction ? (satisfaction as SatisfactionLevel) : null,
    };
    // Imported cases are never updated: a legacy id seen before is left as it is.
    planned.push({ line, record, outcome: refs.existingLegacyIds.has(legacyId) ? "unchanged" : "create" });
  }
  return { rows: planned, problems: sortProblems(problems.list) };
}

export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  return [...problems].sort((a, b) => a.line - b.line);
}

/** How many rows of a plan each outcome has. */
export function countOutcomes(rows: readonly { outcome: RowOutcome }[]): {
  wouldCreate: number;
  wouldUpdate: number;
  unchanged: number;
} {
  return {
    wouldCreate: rows.filter((r) => r.outcome === "create").length,
    wouldUpdate: rows.filter((r) => r.outcome === "update").length,
    unchanged: rows.filter((r) => r.outcome === "unchanged").length,
  };
}
