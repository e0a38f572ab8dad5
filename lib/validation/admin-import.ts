import { z } from "zod";
import { IMPORT_KINDS } from "@/lib/domain/admin/import-rows";

/** Largest CSV accepted, pasted or uploaded (about 20 000 rows). */
export const IMPORT_MAX_CHARS = 2_000_000;

// Messages are keys: `adminImport.errors.*` first, then core `validation.*`.
export const importFormSchema = z.object({
  kind: z.enum(IMPORT_KINDS, { message: "chooseKind" }),
  mode: z.enum(["check", "import"]).default("check"),
  text: z.string().trim().min(1, "noText").max(IMPORT_MAX_CHARS, "tooLarge"),
});
export type ImportForm = z.infer<typeof importFormSchema>;
