import "server-only";
import { categories, units } from "@/db/schema";
import { AppError } from "@/lib/errors";

export type UnitRow = typeof units.$inferSelect;
export type CategoryRow = typeof categories.$inferSelect;

export const refuse = (fieldErrors: Record<string, string[]>) =>
  new AppError("validation", "admin change refused", fieldErrors);
