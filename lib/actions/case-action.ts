import { eq } from "drizzle-orm";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { ActionState } from "./state";
import { getDb } from "@/db/client";
import { cases } from "@/db/schema";
import { authorize } from "@/lib/auth/session";
import type { Permission } from "@/lib/domain/access/roles";
import { AppError, toPublicError } from "@/lib/errors";
import { log } from "@/lib/log";
import type { CaseActor, CaseRow } from "@/lib/services/cases/transition";
import { type ServiceContext, serviceContext } from "@/lib/services/context";
import { type Translate, collectFormValues, translateErrorKey } from "./form-values";

const translateKey = (t: Translate, key: string) => translateErrorKey(t, "workflow.errors", key);

export interface CaseActionSpec<S extends z.ZodType> {
  schema: S;
  permission: Permission;
  arrays?: readonly string[];
  /** The use case; mail and other effects after commit go in `after`. */
  act: (input: z.infer<S>, actor: CaseActor, ctx: ServiceContext, row: CaseRow) => Promise<unknown>;
  after?: (row: CaseRow, input: z.infer<S>) => Promise<void>;
  done: string;
}

/** Parse → authorise → act for every staff form on a case; redirects back to the case when done. */
export async function runCaseAction<S extends z.ZodType>(
  reference: string,
  formData: FormData,
  spec: CaseActionSpec<S>,
): Promise<ActionState> {
  const t = (await getTranslations()) as unknown as Translate;
  const values = collectFormValues(formData, spec.arrays ?? []);
  const parsed = spec.schema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues)
      (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(translateKey(t, issue.message));
    return { values, fieldErrors };
  }
  try {
    const user = await authorize(spec.permission);
    const db = await getDb();
    const [row] = await db.select().from(cases).where(eq(cases.reference, reference));
    if (!row) throw new AppError("not_found");
    await spec.act(
      parsed.data,
      { userId: user.id, role: user.role, unitId: user.unitId },
      await serviceContext({ db }),
      row,
    );
    const [after] = await db.select().from(cases).where(eq(cases.id, row.id));
    if (after && spec.after) {
      await spec
        .after(after, parsed.data)
        .catch((error: unknown) =>
          log.error({ err: String(error), caseId: row.id }, "notification after commit failed"),
        );
    }
  } catch (error) {
    const failure = toPublicError(error);
    if (failure.code === "internal") {
      const requestId = (await headers()).get("x-request-id");
      log.error({ requestId, err: error instanceof Error ? error.message : String(error) }, "case action failed");
    }
    if (error instanceof AppError && error.fieldErrors) {
      const fieldErrors = Object.fromEntries(
        Object.entries(error.fieldErrors).map(([field, keys]) => [field, keys.map((k) => translateKey(t, k))]),
      );
      return { values, fieldErrors };
    }
    return { values, formError: t(failure.messageKey) };
  }
  redirect(`/cases/${reference}?done=${spec.done}`);
}
