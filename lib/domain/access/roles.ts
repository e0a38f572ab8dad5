// The roles of docs/rules.md#roles and what each may do. Permissions are data: the entry point of
// every page, action and route asks `can(role, permission)`.

export const ROLES = [
  "citizen",
  "operator",
  "unit_staff",
  "unit_head",
  "supervisor",
  "admin",
  "observer",
  "moderator",
] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES: ReadonlySet<Role> = new Set([
  "operator",
  "unit_staff",
  "unit_head",
  "supervisor",
  "admin",
  "observer",
  "moderator",
]);
export const UNIT_ROLES: ReadonlySet<Role> = new Set(["unit_staff", "unit_head"]);

export const PERMISSIONS = [
  "case.file", // file a case in one's own name
  "case.view_own", // follow one's own cases
  "case.enter_for_caller", // enter phone / letter / visit cases
  "case.triage", // dispatch, redirect, merge, answer directly, rule on disputes
  "case.handle", // sign for, contact, reply: only the unit's own cases
  "case.approve", // approve replies and extensions: only the unit's own cases
  "case.view_unit", // read the unit's own cases with personal data
  "case.view_all", // read every case with personal data
  "case.view_redacted", // read every case timeline with personal data removed
  "case.view_personal_data", // see the citizen's contact details (the dispatch centre; units see their own)
  "supervision.view",
  "supervision.act",
  "admin.manage",
  "petition.moderate", // approve, reject and flag petitions; block lists and invalidation
  "desk.search", // search cases by reference, phone, name, address, text; see a caller's history (logged)
  "desk.callback", // record a phone callback (回访) as the feedback of record
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  citizen: ["case.file", "case.view_own"],
  operator: [
    "case.file",
    "case.enter_for_caller",
    "case.triage",
    "case.view_all",
    "case.view_personal_data",
    "desk.search",
    "desk.callback",
  ],
  unit_staff: ["case.handle", "case.view_unit"],
  unit_head: ["case.handle", "case.approve", "case.view_unit"],
  supervisor: ["supervision.view", "supervision.act", "case.view_all", "desk.search"],
  admin: ["admin.manage", "case.view_all"],
  observer: ["case.view_redacted"],
  moderator: ["petition.moderate"],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
