// Keyboard-only moves for e2e/keyboard-journeys.spec.ts: the journeys never click or fill a
// locator; they press keys. Locators are only looked at, never acted on. `tabTo` is the proof that
// a control is reachable (it fails after `max` presses); `expectFocusVisible` that the focus can be
// seen (2.4.7) and is not hidden (2.4.11).
import fs from "node:fs";
import path from "node:path";
import { type Locator, type Page, expect } from "@playwright/test";

const hasFocus = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/** What the page says about the focused element: its ring, and whether anything covers it. */
async function focusRing(target: Locator) {
  return target.evaluate((element) => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== "none" && style.boxShadow !== "";
    // The element on top at the centre of the control's part on screen is the control itself (or
    // its own label or text). The part on screen: a tall control the browser scrolled to the
    // screen's edge is seen, and its centre may be below the fold (WCAG 2.4.11 asks that the focus
    // is not entirely hidden).
    const visible = {
      left: Math.max(box.left, 0),
      right: Math.min(box.right, window.innerWidth),
      top: Math.max(box.top, 0),
      bottom: Math.min(box.bottom, window.innerHeight),
    };
    const top = document.elementFromPoint((visible.left + visible.right) / 2, (visible.top + visible.bottom) / 2);
    const uncovered = Boolean(top && (top === element || element.contains(top) || top.contains(element)));
    const inView = box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth;
    return {
      ring: outline
        ? `outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`
        : shadow
          ? style.boxShadow
          : "",
      uncovered,
      inView,
    };
  });
}

/** The focus is on `target`, with a visible ring, in the viewport and not covered by anything. */
export async function expectFocusVisible(target: Locator) {
  await expect(target).toBeFocused();
  const { ring, uncovered, inView } = await focusRing(target);
  expect(ring, "focused element has an outline or a box-shadow").not.toBe("");
  expect(inView, "focused element is scrolled into view").toBe(true);
  expect(uncovered, "focused element is not covered by another element").toBe(true);
}

/** Presses Tab (or Shift+Tab) until `arrived` says so; fails after `max` presses. */
async function tabUntil(page: Page, arrived: () => Promise<boolean>, what: string, max: number, back: boolean) {
  for (let presses = 0; presses <= max; presses++) {
    if (await arrived()) return presses;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? "nothing");
  throw new Error(`${what} not reached after ${max} presses of ${back ? "Shift+Tab" : "Tab"}; focus is on ${focused}`);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, then checks the focus is visible.
 * Fails after `max` presses: the control cannot be reached by keyboard.
 */
export async function tabTo(page: Page, target: Locator, { max = 40, back = false } = {}) {
  await target.waitFor({ state: "attached" });
  const presses = await tabUntil(page, () => hasFocus(target), String(target), max, back);
  await expectFocusVisible(target);
  return presses;
}

/** Tabs to a text control and types into it (after selecting what is there, as a person would). */
export async function typeInto(page: Page, target: Locator, text: string, options?: { max?: number; back?: boolean }) {
  await tabTo(page, target, options);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
}

/** Tabs to a select and moves through its options with the arrow keys until `label` is chosen. */
export async function chooseOption(
  page: Page,
  select: Locator,
  label: string,
  options?: { max?: number; back?: boolean },
) {
  await tabTo(page, select, options);
  const current = () => select.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.label ?? "");
  // From the top, so the arrows run through every option once.
  await page.keyboard.press("Home");
  for (let presses = 0; presses < 80; presses++) {
    if ((await current()) === label) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`option "${label}" not reached with the arrow keys in ${select}`);
}

/**
 * Moves within a focused radio group with the arrow keys until `radio` is focused, then checks it
 * with Space (arrows already check as they move; Space covers a group entered with nothing checked).
 */
export async function chooseRadio(page: Page, radio: Locator) {
  for (let presses = 0; presses < 10; presses++) {
    if (await hasFocus(radio)) {
      await page.keyboard.press("Space");
      await expect(radio).toBeChecked();
      await expectFocusVisible(radio);
      return;
    }
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`${radio} not reached with the arrow keys`);
}

/** Tabs into a radio group (to whichever radio takes the focus) and arrows to `radio`. */
export async function tabToRadio(page: Page, group: Locator, radio: Locator, { max = 40 } = {}) {
  await group.waitFor({ state: "attached" });
  const inGroup = () => group.evaluate((element) => element.contains(document.activeElement));
  await tabUntil(page, inGroup, `radio group ${group}`, max, false);
  await chooseRadio(page, radio);
}

/** Tabs to a button or link and presses Enter. */
export async function activate(page: Page, target: Locator, options?: { max?: number; back?: boolean }) {
  await tabTo(page, target, options);
  await page.keyboard.press("Enter");
}

/** Tabs to a checkbox and ticks it with Space. */
export async function tick(page: Page, box: Locator, options?: { max?: number }) {
  await tabTo(page, box, options);
  await page.keyboard.press("Space");
  await expect(box).toBeChecked();
}

/** A screenshot of a focus state, kept under test-results/ for a person to look at. */
export async function focusShot(page: Page, name: string) {
  const dir = path.join("test-results", "keyboard-focus");
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}
