import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { CATALOGUES } from "./catalogue";
import { LOCALE_COOKIE, type Locale, requestLocale } from "./locales";

export async function resolveLocale(): Promise<Locale> {
  return requestLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  const messages = CATALOGUES[locale];
  // Dates are shown in the jurisdiction's time zone, from its calendar row (admin-editable).
  const { timeZone } = await loadCalendar();
  return { locale, messages, timeZone };
});
