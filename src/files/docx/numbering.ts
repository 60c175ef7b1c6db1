import { XNode, attr, child, childrenOf, tagOf } from "./xml";

/**
 * List labels as Word renders them ("1.", "(b)", "2.3", "•"): numbering.xml
 * gives each list (numId) an abstract definition per level (start, format,
 * label pattern); the counters run per list and a level restarts when a
 * higher level advances.
 */

interface Level {
  start: number;
  format: string;
  text: string;
}

interface Num {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: Level }>;
}

function readLevel(lvl: XNode): Level {
  const start = Number(attr(child(lvl, "start") ?? {}, "val") ?? "1");
  return {
    start: Number.isFinite(start) ? start : 1,
    format: attr(child(lvl, "numFmt") ?? {}, "val") ?? "decimal",
    text: attr(child(lvl, "lvlText") ?? {}, "val") ?? "",
  };
}

function levelsOf(node: XNode): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const c of childrenOf(node)) {
    if (tagOf(c) !== "lvl") continue;
    const ilvl = Number(attr(c, "ilvl") ?? "0");
    if (ilvl >= 0 && ilvl <= 8) levels.set(ilvl, readLevel(c));
  }
  return levels;
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, "m"],
    [900, "cm"],
    [500, "d"],
    [400, "cd"],
    [100, "c"],
    [90, "xc"],
    [50, "l"],
    [40, "xl"],
    [10, "x"],
    [9, "ix"],
    [5, "v"],
    [4, "iv"],
    [1, "i"],
  ];
  let out = "";
  for (const [value, digits] of table)
    while (n >= value) {
      out += digits;
      n -= value;
    }
  return out;
}

/** Word's letters: a..z, then aa..zz, aaa.. (the letter repeated, not base 26). */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return letters(n);
    case "upperLetter":
      return letters(n).toUpperCase();
    case "lowerRoman":
      return roman(n);
    case "upperRoman":
      return roman(n).toUpperCase();
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "none":
      return "";
    default:
      return String(n);
  }
}

/** Symbol-font bullets are private-use characters; they show as a bullet. */
function bulletText(text: string): string {
  if (text === "" || /^[\uf000-\uf0ff]+$/.test(text)) return "•";
  return text;
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, Num>();
  /** Per list, the current value of each level; null until the level is first used. */
  private readonly counters = new Map<string, (number | null)[]>();

  constructor(root: XNode | undefined) {
    if (!root) return;
    for (const c of childrenOf(root)) {
      const tag = tagOf(c);
      if (tag === "abstractNum") this.abstracts.set(attr(c, "abstractNumId") ?? "", levelsOf(c));
      else if (tag === "num") {
        const overrides: Num["overrides"] = new Map();
        for (const o of childrenOf(c)) {
          if (tagOf(o) !== "lvlOverride") continue;
          const ilvl = Number(attr(o, "ilvl") ?? "0");
          const startOverride = child(o, "startOverride");
          const lvl = child(o, "lvl");
          overrides.set(ilvl, {
            start: startOverride ? Number(attr(startOverride, "val") ?? "1") : undefined,
            level: lvl ? readLevel(lvl) : undefined,
          });
        }
        this.nums.set(attr(c, "numId") ?? "", {
          abstractId: attr(child(c, "abstractNumId") ?? {}, "val") ?? "",
          overrides,
        });
      }
    }
  }

  private level(num: Num, ilvl: number): Level | undefined {
    const override = num.overrides.get(ilvl);
    const base = override?.level ?? this.abstracts.get(num.abstractId)?.get(ilvl);
    if (!base) return undefined;
    return override?.start !== undefined && Number.isFinite(override.start)
      ? { ...base, start: override.start }
      : base;
  }

  /** Advances the list's counter and returns the label, or null when the list is unknown or "none". */
  next(numId: string, ilvl: number): string | null {
    const num = this.nums.get(numId);
    if (!num || numId === "0") return null;
    const level = Math.max(0, Math.min(8, ilvl));
    const def = this.level(num, level);
    if (!def) return null;
    let counters = this.counters.get(numId);
    if (!counters) {
      counters = new Array<number | null>(9).fill(null);
      this.counters.set(numId, counters);
    }
    const current = counters[level];
    counters[level] = current === null ? def.start : current + 1;
    for (let deeper = level + 1; deeper < 9; deeper++) counters[deeper] = null;
    if (def.format === "bullet") return bulletText(def.text);
    if (def.format === "none" && !/%[1-9]/.test(def.text)) return def.text || null;
    const label = def.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const kDef = this.level(num, k);
      const value = counters![k] ?? kDef?.start ?? 1;
      return formatNumber(value, k === level ? def.format : (kDef?.format ?? "decimal"));
    });
    return label;
  }
}
