import "server-only";
import { slaPolicies } from "@/db/schema";
import { validateSlaLimits } from "@/lib/domain/admin/sla-rules";
import { AppError } from "@/lib/errors";
import type { SlaPolicyInput } from "@/lib/validation/admin-rules";

export type Policy = typeof slaPolicies.$inferSelect;

export function checked(input: SlaPolicyInput): void {
  const errors = validateSlaLimits(input);
  if (Object.keys(errors).length > 0)
    throw new AppError("validation", "SLA limits are not coherent", errors as Record<string, string[]>);
}
