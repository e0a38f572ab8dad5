import path from "node:path";
import type { Page } from "@playwright/test";

// HTML_CodeSniffer (Squiz, via @pa11y/html_codesniffer) in the page under test: it checks what
// axe does not (heading order, form structure, link and label wiring, contrast on every element).
const HTMLCS_SCRIPT = path.join(process.cwd(), "node_modules/@pa11y/html_codesniffer/build/HTMLCS.js");

/**
 * Codes ignored, each with its reason (docs/accessibility.md#html_codesniffer lists them too).
 * Only false positives go here; a real finding is fixed in the app.
 */
export const IGNORED_CODES: Record<string, string> = {};

export interface SnifferError {
  code: string;
  message: string;
  element: string;
}

/** Runs the WCAG2AA standard on the page as it is now; errors only (type 1), not warnings or notices. */
export async function htmlcsErrors(page: Page): Promise<SnifferError[]> {
  if (!(await page.evaluate(() => "HTMLCS" in window))) await page.addScriptTag({ path: HTMLCS_SCRIPT });
  const errors = await page.evaluate(
    () =>
      new Promise<SnifferError[]>((resolve, reject) => {
        type Message = { type: number; code: string; msg: string; element: Element | Document };
        type Sniffer = {
          process(standard: string, root: Document, done: () => void, failed: () => void, language: string): void;
          getMessages(): Message[];
        };
        const sniffer = (window as unknown as { HTMLCS: Sniffer }).HTMLCS;
        sniffer.process(
          "WCAG2AA",
          document,
          () => {
            const messages = sniffer.getMessages();
            resolve(
              messages
                .filter((m) => m.type === 1)
                .map((m) => ({
                  code: m.code,
                  message: m.msg,
                  element:
                    m.element instanceof Element ? m.element.outerHTML.replace(/\s+/g, " ").slice(0, 200) : "document",
                })),
            );
          },
          () => reject(new Error("HTML_CodeSniffer failed to run")),
          "en",
        );
      }),
  );
  return errors.filter((e) => !Object.keys(IGNORED_CODES).some((code) => e.code.includes(code)));
}
