"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/locales";
import { safeReturnPath } from "@/lib/http/safe-path";

/** Public by design: anyone, signed in or not, may choose the language. Works without JavaScript. */
export async function switchLocale(formData: FormData) {
  const locale = formData.get("locale");
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
  }
  redirect(safeReturnPath(formData.get("returnTo")));
}
