import type { Role } from "./roles";

/**
 * Who is acting: the signed-in user as every use case receives it. A guest is `null`; the
 * scheduled jobs act as the system and pass no actor.
 */
export interface Actor {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  unitId: number | null;
}
