// What an administrative change changed: the fields whose recorded value differs, for the audit page.

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

const MAX_VALUE_CHARS = 160;

/** A recorded value as short text: null and absent as null, objects and lists as JSON. */
export function auditValueText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  // An empty string is shown as "" so that it is not mistaken for nothing recorded.
  const text = typeof value === "string" && value !== "" ? value : JSON.stringify(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The fields that differ between the before and after records, in the order they first appear.
 * Records that are not objects (lists, numbers) are compared whole, under the field "".
 */
export function auditChanges(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before ?? {}) || !isRecord(after ?? {})) {
    const [b, a] = [auditValueText(before), auditValueText(after)];
    return JSON.stringify(before ?? null) === JSON.stringify(after ?? null) ? [] : [{ field: "", before: b, after: a }];
  }
  const from = (before ?? {}) as Record<string, unknown>;
  const to = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return fields
    .filter((field) => JSON.stringify(from[field] ?? null) !== JSON.stringify(to[field] ?? null))
    .map((field) => ({ field, before: auditValueText(from[field]), after: auditValueText(to[field]) }));
}

/** The audit subjects by area of administration, as recorded by the services (`unit:city`, …). */
export const AUDIT_AREAS = {
  units: "unit:",
  districts: "district:",
  categories: "category:",
  groups: "category_group:",
  catalogue: "dispatch-entry:",
  sla: "sla_policy:",
  calendar: "calendar:",
  users: "user:",
  knowledge: "knowledge:",
  import: "import:",
  settings: "settings",
} as const;
export type AuditArea = keyof typeof AUDIT_AREAS;

export function isAuditArea(value: unknown): value is AuditArea {
  return typeof value === "string" && Object.hasOwn(AUDIT_AREAS, value);
}
