import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { ActionState } from "@/components/case-action-form";
import { getDb } from "@/db/client";
import { type Actor, authorize, currentActor } from "@/lib/auth/session";
import type { Permission } from "@/lib/domain/access/roles";
import { type Translate, collectFormValues, translateErrorKey } from "@/lib/actions/form-values";
import { AppError, toPublicError } from "@/lib/errors";
import { requestOrigin } from "@/lib/http/request-origin";
import { log } from "@/lib/log";
import { type ServiceContext, serviceContext } from "@/lib/services/context";

/** Who may use a petition form: anyone, any signed-in user, or holders of a permission. */
export type PetitionAudience = "anyone" | "signed_in" | Permission;

export interface PetitionActionSpec<S extends z.ZodType, R> {
  schema: S;
  audience: PetitionAudience;
  arrays?: readonly string[];
  act: (input: z.infer<S>, actor: Actor | null, ctx: ServiceContext & { baseUrl: string }) => Promise<R>;
  done: string | ((result: R) => string);
}

/**
 * Parse → authorise → act for every petition form: all field errors translated next to their
 * fields (petitions.errors first, then validation), typed values kept, a redirect when done.
 */
export async function runPetitionAction<S extends z.ZodType, R>(
  formData: FormData,
  spec: PetitionActionSpec<S, R>,
): Promise<ActionState> {
  const t = (await getTranslations()) as unknown as Translate;
  const translate = (key: string) => translateErrorKey(t, "petitions.errors", key);
  const values = collectFormValues(formData, spec.arrays ?? []);
  const parsed = spec.schema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const list = (fieldErrors[String(issue.path[0] ?? "form")] ??= []);
      const message = translate(issue.message);
      if (!list.includes(message)) list.push(message);
    }
    return { values, fieldErrors };
  }
  let result: R;
  try {
    const actor =
      spec.audience === "anyone"
        ? await currentActor()
        : spec.audience === "signed_in"
          ? await signedIn()
          : await authorize(spec.audience);
    const ctx = await serviceContext({ db: await getDb() });
    result = await spec.act(parsed.data, actor, { ...ctx, baseUrl: await requestOrigin() });
  } catch (error) {
    const failure = toPublicError(error);
    if (failure.code === "internal") {
      const requestId = (await headers()).get("x-request-id");
      log.error({ requestId, err: error instanceof Error ? error.message : String(error) }, "petition action failed");
    }
    if (error instanceof AppError && error.fieldErrors) {
      const { form: formKeys, ...fields } = error.fieldErrors;
      return {
        values,
        fieldErrors: Object.fromEntries(Object.entries(fields).map(([field, keys]) => [field, keys.map(translate)])),
        formError: formKeys?.length ? formKeys.map(translate).join(" ") : undefined,
      };
    }
    return { values, formError: t(failure.messageKey) };
  }
  redirect(typeof spec.done === "string" ? spec.done : spec.done(result));
}

async function signedIn(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AppError("unauthenticated");
  return actor;
}
