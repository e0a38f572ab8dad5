import type { Role } from "@/lib/domain/access/roles";
import { hashPassword } from "@/lib/auth/password";
import type { Queryable } from "../client";
import { users } from "../schema";

/** The password of every demo staff account (README.md lists them). Demo data only. */
export const DEMO_PASSWORD = "answerable-demo";

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  unitCode: string | null;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "admin@answerable.local", name: "管理员 Admin", role: "admin", unitCode: null },
  { email: "operator@answerable.local", name: "派单员 Operator", role: "operator", unitCode: null },
  { email: "supervisor@answerable.local", name: "督查员 Supervisor", role: "supervisor", unitCode: null },
  { email: "observer@answerable.local", name: "观察员 Observer", role: "observer", unitCode: null },
  { email: "moderator@answerable.local", name: "审核员 Moderator", role: "moderator", unitCode: null },
  { email: "staff.urban@answerable.local", name: "城管承办 Urban staff", role: "unit_staff", unitCode: "urban-mgmt" },
  { email: "head.urban@answerable.local", name: "城管负责人 Urban head", role: "unit_head", unitCode: "urban-mgmt" },
  { email: "staff.water@answerable.local", name: "水务承办 Water staff", role: "unit_staff", unitCode: "water-group" },
  { email: "head.water@answerable.local", name: "水务负责人 Water head", role: "unit_head", unitCode: "water-group" },
  { email: "citizen@answerable.local", name: "市民 Citizen", role: "citizen", unitCode: null },
];

export async function seedDemoAccounts(db: Queryable, unitIds: Map<string, number>): Promise<Map<string, string>> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const rows = await db
    .insert(users)
    .values(
      DEMO_ACCOUNTS.map((account) => ({
        email: account.email,
        name: account.name,
        role: account.role,
        unitId: account.unitCode ? (unitIds.get(account.unitCode) ?? null) : null,
        // Citizens sign in with an emailed link, never a password.
        passwordHash: account.role === "citizen" ? null : passwordHash,
        emailVerified: new Date(0),
      })),
    )
    .returning({ id: users.id, email: users.email });
  return new Map(rows.map((r) => [r.email, r.id]));
}
