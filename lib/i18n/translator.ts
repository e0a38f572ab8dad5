import { createTranslator } from "next-intl";
import en from "./messages/en.json";
import zh from "./messages/zh-CN.json";
import type { Locale } from "./locales";

const CATALOGUES = { "zh-CN": zh, en } as const;

/** A translator that works anywhere (mail, scripts), not only inside a request. */
export function translator(locale: Locale) {
  return createTranslator({ locale, messages: CATALOGUES[locale] });
}
