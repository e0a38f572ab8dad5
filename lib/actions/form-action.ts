import "server-only";
import { refresh } from "next/cache";
import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { type ActorFor, type Audience, actorFor } from "@/lib/auth/audience";
import { AppError, type AppErrorCode, FORM_ERROR_FIELD, toPublicError } from "@/lib/errors";
import { nulFieldErrors } from "@/lib/validation/common";
import { type RateLimitName, enforceRateLimit } from "@/lib/http/rate-limit";
import { requestOrigin } from "@/lib/http/request-origin";
import { errorForLog, log } from "@/lib/log";
import { type ServiceContext, serviceContext } from "@/lib/services/context";
import { type Translate, collectFormValues, translateErrorKey } from "./form-values";
import type { ActionState, FieldErrors, FormValues } from "./state";

type Bound<B extends readonly string[]> = { [K in keyof B]: string | number | boolean | null };

export interface FormActionSpec<
  A extends Audience,
  S extends z.ZodType,
  R,
  B extends readonly string[],
  St extends ActionState,
> {
  audience: A;
  /** One schema for the form; bound arguments are parsed with it too, under these names. */
  schema: S;
  bind?: B;
  /** Form fields that carry several values (checkbox groups). */
  arrays?: readonly string[];
  /** File inputs: parsed as lists of File (empty when none was chosen), never sent back. */
  files?: readonly string[];
  /** Message namespace searched before `validation.*` and `errors.*`, e.g. "petitions.errors". */
  errors?: string;
  /** The form's own wording of a use case's refusal, by error code (message keys). */
  refusals?: Partial<Record<AppErrorCode, string>>;
  /** A per-address rate limit taken after a valid submission, before the use case. */
  limit?: RateLimitName | ((input: z.infer<S>) => RateLimitName);
  /** Fields never sent back to the browser; any field named like a password always is. */
  secret?: readonly string[];
  /** Shown as the form's alert whenever fields have errors (the error summary). */
  summary?: string;
  /** The use case. */
  act: (input: z.infer<S>, actor: ActorFor<A>, ctx: ServiceContext) => Promise<R>;
  /** Effects after the use case has committed; a failure here is logged, never shown. */
  after?: (result: R, input: z.infer<S>) => Promise<void>;
  /** Where to go when done; without it (or when it gives null), `respond` gives the state to show. */
  done?: (result: R, input: z.infer<S>) => string | null;
  respond?: (result: R, input: z.infer<S>, values: ActionState["values"]) => Promise<St> | St;
  /** What the state keeps from the previous one when a submission fails (e.g. the step). */
  keep?: (previous: St) => Partial<St>;
}

/**
 * The one server-action pipeline: authorise the caller, parse every field with the form's zod
 * schema, take the rate limit, call one use case, and map every failure (AppError, or an
 * unexpected error logged once with the request id) to translated messages next to the fields,
 * keeping everything the user typed. Then redirect, or return the state `respond` builds.
 *
 *   export const approveAction = formAction({ audience: "petition.moderate", bind: ["petitionId"],
 *     schema: approvalSchema, act: approvePetition, done: (_, input) => `/moderation/${input.petitionId}` });
 */
export function formAction<
  A extends Audience,
  S extends z.ZodType,
  R,
  const B extends readonly string[] = [],
  St extends ActionState = ActionState,
>(spec: FormActionSpec<A, S, R, B, St>): (...args: [...Bound<B>, St, FormData]) => Promise<St> {
  return async (...args) => {
    const formData = args[args.length - 1];
    const previous = args[args.length - 2] as St | undefined;
    const bound = Object.fromEntries((spec.bind ?? []).map((name, index) => [name, args[index]]));
    const t = (await getTranslations()) as unknown as Translate;
    // A hand-made call with the wrong arguments is refused, not a 500.
    if (!(formData instanceof FormData) || args.length !== (spec.bind?.length ?? 0) + 2)
      return { values: {}, formError: t("errors.bad_request") } as St;
    const translate = (key: string) => translateErrorKey(t, spec.errors, key);
    const files = spec.files ?? [];
    const typed = collectFormValues(formData, spec.arrays ?? [], files);
    const uploads = Object.fromEntries(
      files.map((name) => [name, formData.getAll(name).filter((entry): entry is File => typeof entry !== "string")]),
    );
    const values = withoutSecrets(typed, spec.secret ?? []);
    const attempt = (previous?.attempt ?? 0) + 1;
    const failed = (errors: { fieldErrors?: FieldErrors; formError?: string }) =>
      ({ ...(previous && spec.keep?.(previous)), values, attempt, errorTitle: t("forms.errorTitle"), ...errors }) as St;

    let result: R;
    let input: z.infer<S>;
    try {
      const actor = await actorFor(spec.audience);
      // A NUL byte is refused on its field, together with whatever else the schema finds.
      const nul = nulFieldErrors({ ...typed, ...bound });
      const parsed = spec.schema.safeParse({ ...typed, ...uploads, ...bound });
      if (!parsed.success || nul) {
        const keys = { ...(parsed.success ? {} : fieldKeys(parsed.error.issues)), ...nul };
        // A bound argument that does not parse was tampered with: nothing to show by a field.
        if (Object.keys(bound).some((name) => name in keys)) throw new AppError("not_found");
        return failed(translated(keys, null, translate, spec.summary && t(spec.summary)));
      }
      input = parsed.data;
      const limit = typeof spec.limit === "function" ? spec.limit(input) : spec.limit;
      if (limit) await enforceRateLimit(limit);
      result = await spec.act(input, actor, await serviceContext({ appUrl: await requestOrigin() }));
    } catch (error) {
      unstable_rethrow(error);
      return failed(await failure(error, typed, t, translate, spec));
    }
    if (spec.after) {
      await spec
        .after(result, input)
        .catch(async (error: unknown) =>
          log.error({ requestId: await requestId(), err: errorForLog(error) }, "effect after commit failed"),
        );
    }
    const next = spec.done?.(result, input);
    if (next) redirect(next);
    // No redirect: the page behind the form shows what the action changed (a new row in a list).
    refresh();
    if (spec.respond) return { attempt, ...(await spec.respond(result, input, values)) };
    return { values, attempt } as St;
  };
}

function fieldKeys(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const keys: FieldErrors = {};
  for (const issue of issues) {
    const list = (keys[String(issue.path[0] ?? FORM_ERROR_FIELD)] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return keys;
}

function withoutSecrets(values: FormValues, secret: readonly string[]): FormValues {
  return Object.fromEntries(
    Object.entries(values).filter(([name]) => !secret.includes(name) && !/password|confirmation/i.test(name)),
  );
}

/**
 * Message keys by field → messages by field. Keys under `form` become the form's alert, and so do
 * a use case's refusals for a field the form did not send (`typed`; null keeps every field).
 */
function translated(
  keys: FieldErrors,
  typed: FormValues | null,
  translate: (key: string) => string,
  summary?: string | false,
) {
  const fieldErrors: FieldErrors = {};
  const formMessages: string[] = [];
  for (const [field, list] of Object.entries(keys)) {
    const messages = [...new Set(list.map(translate))];
    if (field !== FORM_ERROR_FIELD && (!typed || field in typed)) fieldErrors[field] = messages;
    else formMessages.push(...messages);
  }
  const formError = formMessages.length ? formMessages.join(" ") : summary || undefined;
  return { fieldErrors, formError };
}

async function failure(
  error: unknown,
  typed: FormValues,
  t: Translate,
  translate: (key: string) => string,
  spec: { errors?: string; summary?: string; refusals?: Partial<Record<AppErrorCode, string>> },
) {
  const publicError = toPublicError(error);
  if (publicError.code === "internal") {
    log.error({ requestId: await requestId(), err: errorForLog(error) }, "form action failed");
  }
  if (error instanceof AppError && error.fieldErrors) {
    return translated(error.fieldErrors, typed, translate, spec.summary && t(spec.summary));
  }
  // A form may word a refusal its own way: by code, or in its namespace ("petitions.errors.conflict").
  const own =
    (publicError.code !== "internal" && spec.refusals?.[publicError.code]) ||
    (spec.errors && `${spec.errors}.${publicError.code}`);
  return { formError: own && t.has(own) ? t(own) : t(publicError.messageKey) };
}

async function requestId(): Promise<string | null> {
  return (await headers()).get("x-request-id");
}
