import type { Locale } from "./locales";

/** Picks the stored name in the reader's language (reference data carries both). */
export function localized(locale: Locale, zh: string | null | undefined, en: string | null | undefined): string {
  return (locale === "en" ? en || zh : zh || en) ?? "";
}
