import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { CATALOGUES } from "./catalogue";
import { negotiateLocale, requestLocale } from "./locales";

describe("negotiateLocale", () => {
  it.each([
    [undefined, "zh-CN"],
    ["", "zh-CN"],
    ["en-GB,en;q=0.9", "en"],
    ["zh-TW,zh;q=0.9,en;q=0.8", "zh-CN"],
    ["fr-FR,en;q=0.5,zh;q=0.4", "en"],
    ["fr-FR,de;q=0.5", "zh-CN"],
    ["zh;q=0.2,en;q=0.8", "en"],
    ["en;q=0", "zh-CN"],
  ])("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogues", () => {
  it("zh-CN and en hold the same keys", () => {
    expect(keys(CATALOGUES["zh-CN"]).sort()).toEqual(keys(CATALOGUES.en).sort());
  });
  it("no message is empty", () => {
    for (const catalogue of Object.values(CATALOGUES)) {
      const empty = keys(catalogue).filter((k) => {
        const v = k.split(".").reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], catalogue);
        return typeof v !== "string" || v.trim() === "";
      });
      expect(empty).toEqual([]);
    }
  });
});

describe("message syntax", () => {
  // next-intl parses each message as ICU when it is shown: a stray "<word>" is read as a tag and
  // the page logs INVALID_MESSAGE instead of the text (as the methodology page once did).
  it("every message parses as an ICU message in its language", () => {
    const broken: string[] = [];
    for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
      for (const key of keys(catalogue)) {
        const text = key.split(".").reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], catalogue);
        try {
          new IntlMessageFormat(String(text), locale);
        } catch (error) {
          broken.push(`${locale} ${key}: ${(error as Error).message}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

describe("requestLocale", () => {
  it("takes the language switch's cookie over the browser's header, and ignores a cookie it does not know", () => {
    expect(requestLocale("en", "zh-CN,zh;q=0.9")).toBe("en");
    expect(requestLocale(undefined, "en-GB,en;q=0.9")).toBe("en");
    expect(requestLocale("fr", "en-GB")).toBe("en");
    expect(requestLocale(undefined, null)).toBe("zh-CN");
  });
});
