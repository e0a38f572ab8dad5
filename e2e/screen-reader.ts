import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

// Guidepup's Virtual Screen Reader, run in the page under test: it builds the accessibility tree
// from the DOM (accname, html-aam) and says what a screen reader would, including live regions.
// It does not replace a real screen reader pass (docs/accessibility.md lists that as manual).
const BUNDLE = path.join(process.cwd(), "node_modules/@guidepup/virtual-screen-reader/lib/esm/index.browser.js");

/** The browser bundle with its export turned into a global, so it can be injected as a script. */
function script(): string {
  const source = fs.readFileSync(BUNDLE, "utf8");
  const exported = /export\s*\{([^}]*)\}\s*;?/.exec(source.slice(source.lastIndexOf("export")));
  const local = (exported?.[1] ?? "")
    .split(",")
    .map((part) => part.trim().split(/\s+as\s+/))
    .find(([, name]) => name === "virtual")?.[0];
  if (!exported || !local) throw new Error("the virtual screen reader bundle has no 'virtual' export");
  const at = source.lastIndexOf("export");
  return `${source.slice(0, at)}window.__virtualScreenReader = ${local};${source.slice(at + exported[0].length)}`;
}

interface VirtualScreenReader {
  start(options: { container: Element }): Promise<void>;
  stop(): Promise<void>;
  next(): Promise<void>;
  lastSpokenPhrase(): Promise<string>;
  spokenPhraseLog(): Promise<string[]>;
  clearSpokenPhraseLog(): Promise<void>;
}
type WithReader = { __virtualScreenReader?: VirtualScreenReader };

/** Starts the reader on the whole document; it then also hears live regions and focus changes. */
export async function startScreenReader(page: Page) {
  if (!(await page.evaluate(() => Boolean((window as WithReader).__virtualScreenReader))))
    await page.addScriptTag({ content: script(), type: "module" });
  await page.waitForFunction(() => Boolean((window as WithReader).__virtualScreenReader));
  await page.evaluate(() => (window as WithReader).__virtualScreenReader!.start({ container: document.body }));
}

/** What was said since the start (or the last call), then the whole page read from top to bottom. */
export async function readPage(page: Page): Promise<{ heard: string[]; read: string[] }> {
  return page.evaluate(async () => {
    const reader = (window as WithReader).__virtualScreenReader!;
    const heard = await reader.spokenPhraseLog();
    await reader.stop();
    await reader.start({ container: document.body });
    for (let i = 0; i < 3000 && (await reader.lastSpokenPhrase()) !== "end of document"; i++) await reader.next();
    const read = await reader.spokenPhraseLog();
    await reader.stop();
    return { heard, read };
  });
}
