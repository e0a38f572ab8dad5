"use server";

import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { signIn } from "@/lib/auth/auth";
import { homePathFor } from "@/lib/auth/home-path";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { safeReturnPath } from "@/lib/http/safe-path";
import { log } from "@/lib/log";
import { citizenSignInSchema, staffSignInSchema } from "@/lib/validation/sign-in";
import { type FieldErrors, type ValidationKey, translateFieldErrors } from "@/lib/validation/field-errors";
import en from "@/lib/i18n/messages/en/core.json";

export interface SignInState {
  values: { email: string };
  fieldErrors?: FieldErrors;
  formError?: string;
}

const KNOWN = Object.keys(en.validation);

// Sign-in actions are the authentication step itself: they are open to guests by design,
// and rate limited per client address against password guessing and mail flooding.

async function withinLimit(): Promise<boolean> {
  try {
    await enforceRateLimit("signIn");
    return true;
  } catch {
    return false;
  }
}

export async function staffSignIn(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const t = await getTranslations();
  const values = { email: String(formData.get("email") ?? "") };
  const parsed = staffSignInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success)
    return {
      values,
      fieldErrors: translateFieldErrors(parsed.error, (k: ValidationKey) => t(`validation.${k}`), KNOWN),
    };
  if (!(await withinLimit())) return { values, formError: t("errors.rate_limited") };
  try {
    await signIn("password", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      log.info({ event: "staff_sign_in_refused" }, "staff sign-in refused");
      return { values, formError: t("signIn.invalidCredentials") };
    }
    throw error;
  }
  const db = await getDb();
  const [user] = await db
    .select({ role: users.role })
    .from(users)
    .where(eq(users.email, parsed.data.email.toLowerCase()));
  redirect(safeReturnPath(formData.get("next"), homePathFor(user?.role ?? "citizen")));
}

export async function citizenSignIn(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const t = await getTranslations();
  const values = { email: String(formData.get("email") ?? "") };
  const parsed = citizenSignInSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success)
    return {
      values,
      fieldErrors: translateFieldErrors(parsed.error, (k: ValidationKey) => t(`validation.${k}`), KNOWN),
    };
  if (!(await withinLimit())) return { values, formError: t("errors.rate_limited") };
  await signIn("email", {
    email: parsed.data.email.toLowerCase(),
    redirectTo: safeReturnPath(formData.get("next"), "/my-cases"),
    redirect: false,
  });
  redirect("/signin/check-email");
}
