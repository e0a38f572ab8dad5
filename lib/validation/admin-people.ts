import { z } from "zod";
import { ROLES, STAFF_ROLES, type Role } from "@/lib/domain/access/roles";

// Messages are keys: `adminPeople.errors.*` first, then the shared `validation` namespace.

export const PASSWORD_MIN_LENGTH = 10;

const STAFF_ROLE_VALUES = ROLES.filter((role) => STAFF_ROLES.has(role)) as [Role, ...Role[]];

/** "" from an empty select means "no unit". */
const optionalUnitId = z
  .string()
  .trim()
  .regex(/^\d*$/, "invalid")
  .transform((value) => (value === "" ? null : Number(value)));

const staffRole = z.enum(STAFF_ROLE_VALUES, { message: "staffRole" });

export const inviteStaffSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "required")
    .max(254, "tooLong")
    .email("email")
    .transform((v) => v.toLowerCase()),
  name: z.string().trim().min(1, "required").max(200, "tooLong"),
  role: staffRole,
  unitId: optionalUnitId.default(null),
});
export type InviteStaff = z.infer<typeof inviteStaffSchema>;

export const changeRoleSchema = z.object({
  role: staffRole,
  unitId: optionalUnitId.default(null),
});
export type ChangeRole = z.infer<typeof changeRoleSchema>;

export const blockCitizenSchema = z.object({
  reason: z.string().trim().min(1, "required").max(1000, "tooLong"),
});
export type BlockCitizen = z.infer<typeof blockCitizenSchema>;

export const acceptInvitationSchema = z
  .object({
    password: z.string().min(PASSWORD_MIN_LENGTH, "passwordTooShort").max(200, "tooLong"),
    confirmation: z.string().min(1, "required"),
  })
  .refine((v) => v.password === v.confirmation, { path: ["confirmation"], message: "passwordMismatch" });
export type AcceptInvitation = z.infer<typeof acceptInvitationSchema>;

const text = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong");

export const knowledgeEntrySchema = z.object({
  unitId: z.string().trim().regex(/^\d+$/, "required").transform(Number),
  questionZh: text(500),
  questionEn: text(500),
  answerZh: text(5000),
  answerEn: text(5000),
  legalBasis: z
    .string()
    .trim()
    .max(500, "tooLong")
    .default("")
    .transform((v) => (v === "" ? null : v)),
  reviewBy: z.string().trim().min(1, "required").pipe(z.iso.date("date")),
});
export type KnowledgeEntryInput = z.infer<typeof knowledgeEntrySchema>;
