import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { ActionState } from "./state";
import { getDb } from "@/db/client";
import { type Actor, authorize } from "@/lib/auth/session";
import type { Permission } from "@/lib/domain/access/roles";
import { AppError, toPublicError } from "@/lib/errors";
import { log } from "@/lib/log";
import { type ServiceContext, serviceContext } from "@/lib/services/context";
import { type Translate, collectFormValues, translateErrorKey } from "./form-values";

/** Field name for refusals that belong to the whole form rather than one field. */
export const FORM_ERROR_FIELD = "form";

export interface AdminActionSpec<S extends z.ZodType, R> {
  schema: S;
  /** Defaults to "admin.manage". */
  permission?: Permission;
  /** Form fields that carry several values (checkbox groups). */
  arrays?: readonly string[];
  /** Where error keys are looked up before `validation.*`, e.g. "adminOrg.errors". */
  errors?: string;
  act: (input: z.infer<S>, actor: Actor, ctx: ServiceContext) => Promise<R>;
  /** Where to go after success; the page shows a status message for its `?done=` value. */
  done: string | ((result: R) => string);
}

/**
 * Parse → authorise → act for an admin form: every field error translated next to its field,
 * the typed values handed back, a redirect when done. Refusals keyed `form` become the form's
 * alert instead of a field message.
 */
export async function runAdminAction<S extends z.ZodType, R>(
  formData: FormData,
  spec: AdminActionSpec<S, R>,
): Promise<ActionState> {
  const t = (await getTranslations()) as unknown as Translate;
  const translate = (key: string) => translateErrorKey(t, spec.errors, key);
  const values = collectFormValues(formData, spec.arrays ?? []);
  const parsed = spec.schema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues)
      (fieldErrors[String(issue.path[0] ?? FORM_ERROR_FIELD)] ??= []).push(translate(issue.message));
    return { values, fieldErrors };
  }
  let result: R;
  try {
    const actor = await authorize(spec.permission ?? "admin.manage");
    result = await spec.act(parsed.data, actor, await serviceContext({ db: await getDb() }));
  } catch (error) {
    const failure = toPublicError(error);
    if (failure.code === "internal") {
      const requestId = (await headers()).get("x-request-id");
      log.error({ requestId, err: error instanceof Error ? error.message : String(error) }, "admin action failed");
    }
    if (error instanceof AppError && error.fieldErrors) {
      const { [FORM_ERROR_FIELD]: formKeys, ...fields } = error.fieldErrors;
      const fieldErrors = Object.fromEntries(
        Object.entries(fields).map(([field, keys]) => [field, keys.map(translate)]),
      );
      return { values, fieldErrors, formError: formKeys?.length ? formKeys.map(translate).join(" ") : undefined };
    }
    return { values, formError: t(failure.messageKey) };
  }
  redirect(typeof spec.done === "string" ? spec.done : spec.done(result));
}
