// Citizens' text is shown as written, whatever the page's language. Marking Chinese text as
// such lets a screen reader switch voice (WCAG 3.1.2, language of parts).
const HAN = /\p{Script=Han}/u;

export function contentLanguage(text: string | null | undefined): "zh-CN" | "en" {
  return text && HAN.test(text) ? "zh-CN" : "en";
}
