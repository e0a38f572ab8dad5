import { createTranslator } from "next-intl";
import { CATALOGUES } from "./catalogue";
import type { Locale } from "./locales";

/** A translator that works anywhere (mail, scripts), not only inside a request. */
export function translator(locale: Locale) {
  return createTranslator({ locale, messages: CATALOGUES[locale] });
}
