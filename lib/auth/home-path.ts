import type { Role } from "@/lib/domain/access/roles";

const HOME: Record<Role, string> = {
  citizen: "/my-cases",
  operator: "/desk",
  unit_staff: "/unit",
  unit_head: "/unit",
  supervisor: "/supervision",
  admin: "/admin",
  observer: "/observer",
  moderator: "/moderation",
};

/** Where each role lands after signing in. */
export function homePathFor(role: Role): string {
  return HOME[role];
}
