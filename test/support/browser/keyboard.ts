import type { Page } from "playwright-core";
import { PNG } from "pngjs";

/**
 * Keyboard audit of a pane state: walks it with Tab from the top, as a
 * keyboard user does, and reports each control that Tab never reaches and
 * each control whose focus cannot be seen (its pixels do not change when it
 * gets keyboard focus; the text caret is hidden, so a text field needs its
 * own focus mark). Chromium's anti-aliasing can differ by a level or two
 * between two pictures of the same thing, so only a clear change counts.
 *
 * Controls in a roving group (tabs, menu items: tabindex -1, one member
 * holding the tab stop; radio buttons: the checked one) are reached with the
 * arrow keys and are not expected in the Tab walk; the member holding the
 * tab stop is.
 */

export interface KeyboardProblem {
  kind: "unreachable" | "focusNotVisible";
  /** Role and accessible name or text, enough to find the control. */
  control: string;
}

export interface KeyboardAudit {
  /** Controls reached by Tab, in order. */
  reached: string[];
  problems: KeyboardProblem[];
}

const MARK = "data-keyboard-audit";
/** Pixels around a control taken into its pictures: focus rings are often drawn just outside it. */
const MARGIN = 4;
/** A focus mark changes at least this many pixels by more than MARK_CONTRAST in a channel. */
const MARK_PIXELS = 4;
const MARK_CONTRAST = 32;

/** Whether two pictures of the same box differ by something a person would see. */
function visiblyDifferent(a: Buffer, b: Buffer): boolean {
  const left = PNG.sync.read(a);
  const right = PNG.sync.read(b);
  if (left.width !== right.width || left.height !== right.height) return true;
  let changed = 0;
  for (let i = 0; i < left.data.length; i += 4) {
    const channels = [0, 1, 2].map((c) => Math.abs(left.data[i + c] - right.data[i + c]));
    if (Math.max(...channels) > MARK_CONTRAST && ++changed >= MARK_PIXELS) return true;
  }
  return false;
}

/** Numbers every visible, enabled control that should be in the Tab order; returns their descriptions. */
function markControls(mark: string): string[] {
  const selector =
    "button, input:not([type=hidden]), select, textarea, a[href], summary, [tabindex], [contenteditable=true], " +
    "[role=button], [role=link], [role=checkbox], [role=switch], [role=tab], [role=radio], [role=menuitem], [role=option]";
  const described: string[] = [];
  const describe = (element: HTMLElement): string => {
    const role = element.getAttribute("role") ?? element.tagName.toLowerCase();
    const labelledBy = element.getAttribute("aria-labelledby");
    const label =
      element.getAttribute("aria-label") ??
      (labelledBy
        ? labelledBy
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent ?? "")
            .join(" ")
        : null) ??
      ((element as HTMLInputElement).labels?.[0]?.textContent ||
        element.textContent ||
        element.getAttribute("title") ||
        element.getAttribute("name") ||
        "");
    return `${role} "${label.replace(/\s+/g, " ").trim().slice(0, 60)}"`;
  };
  for (const element of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
    element.removeAttribute(mark);
    if (element.closest("[inert], [aria-hidden=true]")) continue;
    if ((element as HTMLButtonElement).disabled) continue;
    // tabindex="-1" written out: a member of a roving group, or a target for focus set by code.
    if (element.tabIndex < 0 && element.hasAttribute("tabindex")) continue;
    // Radio buttons are a roving group by nature: Tab stops on the checked one, arrows move within.
    if (element instanceof HTMLInputElement && element.type === "radio" && !element.checked) {
      const scope = element.form ?? document;
      const group = Array.from(scope.querySelectorAll<HTMLInputElement>("input[type=radio]"));
      if (group.some((other) => other.name === element.name && other.checked)) continue;
    }
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    if (box.width === 0 || box.height === 0 || style.visibility === "hidden") continue;
    // A visually hidden native control (a file input behind its button) is reached through what shows it.
    if (box.width <= 1 && box.height <= 1) continue;
    element.setAttribute(mark, String(described.length));
    described.push(describe(element));
  }
  return described;
}

async function focusedMark(page: Page): Promise<string | null> {
  return page.evaluate((mark) => document.activeElement?.getAttribute(mark) ?? null, MARK);
}

async function picture(page: Page, index: string): Promise<Buffer | null> {
  const handle = await page.$(`[${MARK}="${index}"]`);
  if (!handle) return null;
  await handle.scrollIntoViewIfNeeded();
  const box = await handle.boundingBox();
  await handle.dispose();
  if (!box) return null;
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  const x = Math.max(0, box.x - MARGIN);
  const y = Math.max(0, box.y - MARGIN);
  const clip = {
    x,
    y,
    width: Math.min(viewport.width - x, box.width + 2 * MARGIN),
    height: Math.min(viewport.height - y, box.height + 2 * MARGIN),
  };
  if (clip.width <= 0 || clip.height <= 0) return null;
  return page.screenshot({ clip, animations: "disabled", caret: "hide" });
}

/**
 * Tabs through the page once from its top, then compares
 * each reached control focused and unfocused. Leaves focus on the document.
 */
export async function auditKeyboard(page: Page): Promise<KeyboardAudit> {
  const controls = await page.evaluate(markControls, MARK);
  await page.mouse.move(0, 0);
  // Tab goes on from where focus last was; a stop put first in the page makes the walk start at the top.
  await page.evaluate((mark) => {
    const start = document.createElement("span");
    start.tabIndex = 0;
    start.setAttribute(`${mark}-start`, "");
    document.body.prepend(start);
    start.focus();
  }, MARK);
  const focused = new Map<string, Buffer | null>();
  const reached: string[] = [];
  let last: string | null = null;
  // Enough presses for every control, a date field taking one per part.
  for (let step = 0; step < controls.length * 4 + 10; step++) {
    await page.keyboard.press("Tab");
    const index = await focusedMark(page);
    if (index === null) {
      const left = await page.evaluate(
        () => document.activeElement === document.body || document.activeElement === null
      );
      if (left && reached.length > 0) break;
      continue;
    }
    // A date field takes a Tab stop per part (day, month, year): still the same control.
    if (index === last) continue;
    if (focused.has(index)) break;
    last = index;
    reached.push(controls[Number(index)]);
    focused.set(index, await picture(page, index));
  }
  await page.evaluate((mark) => {
    (document.activeElement as HTMLElement | null)?.blur();
    document.querySelector(`[${mark}-start]`)?.remove();
  }, MARK);

  const problems: KeyboardProblem[] = [];
  for (const [i, control] of controls.entries()) {
    const index = String(i);
    if (!focused.has(index)) {
      problems.push({ kind: "unreachable", control });
      continue;
    }
    const withFocus = focused.get(index);
    const without = await picture(page, index);
    if (withFocus && without && !visiblyDifferent(withFocus, without))
      problems.push({ kind: "focusNotVisible", control });
  }
  await page.evaluate(
    (mark) => document.querySelectorAll(`[${mark}]`).forEach((e) => e.removeAttribute(mark)),
    MARK
  );
  return { reached, problems };
}

export function formatKeyboardProblems(problems: KeyboardProblem[]): string {
  return problems
    .map((p) =>
      p.kind === "unreachable"
        ? `  not reachable with Tab: ${p.control}`
        : `  focus not visible: ${p.control}`
    )
    .join("\n");
}
