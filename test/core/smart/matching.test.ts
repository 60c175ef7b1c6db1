import { foldAccents } from "../../../src/core/language";
import { LEXICONS } from "../../../src/core/smart";
import { compileCue, matchingText } from "../../../src/core/smart/compile";
import type { CuePatterns, SmartLexicon } from "../../../src/core/smart/lexicon/types";
import { findAll } from "../../../src/core/smart/text";
import { OWN_SET } from "./own-set";
import { OWN_SET_B } from "./own-set-b";
import { OWN_SET_C } from "./own-set-c";
import { OWN_SET_D } from "./own-set-d";
import { OWN_SET_E } from "./own-set-e";

/**
 * Cues are matched without the `i` flag, on a lower-case, one-byte form of the text (see
 * compile.ts for why): every pattern must find exactly what it found with `i` on the text as
 * written, whatever the capitals and the typography of the text.
 */

const WRITTEN = [...OWN_SET, ...OWN_SET_B, ...OWN_SET_C, ...OWN_SET_D, ...OWN_SET_E].map(
  (item) => item.text
);
const TYPOGRAPHY = [
  "Le CGLPL recommande que l’administration pénitentiaire mette fin à l’usage des « cellules de protection d’urgence » – sans délai\u202f; l’œuvre commune…",
  "EL MNP RECOMIENDA QUE LA DIRECCIÓN GENERAL DE LA POLICÍA DOTE A LOS CALABOZOS DE LUZ NATURAL “CUANTO ANTES”.",
  "THE GOVERNOR SHOULD ENSURE THAT EVERY PRISONER’S CELL HAS A WORKING CALL BELL — WITHIN THREE MONTHS.",
  "Œuvrer à ce que chaque personne retenue soit informée de ses droits\u2009: l’équipe l’a constaté\u00a0!",
  "A stray control \u0092 and a Kelvin sign \u212a beside the ’ they must not be taken for.",
];
/** Each text as written, in capitals, and with straight quotes turned curly and spaces narrowed. */
const TEXTS = [...WRITTEN, ...TYPOGRAPHY].flatMap((text) => [
  text,
  text.toUpperCase(),
  text.replace(/'/g, "\u2019").replace(/ /g, (space, at: number) => (at % 7 ? space : "\u202f")),
]);

function matchesWithI(pattern: string, family: CuePatterns, folded: string): string {
  const re = new RegExp(foldAccents(pattern), family.caseSensitive ? "g" : "gi");
  return JSON.stringify(findAll(re, folded));
}

function eachPattern(lexicon: SmartLexicon, visit: (pattern: string, family: CuePatterns) => void) {
  for (const group of [lexicon.cues, lexicon.anchored] as Readonly<Record<string, CuePatterns>>[])
    for (const family of Object.values(group))
      for (const pattern of family.patterns) visit(pattern, family);
}

describe("matching cues on a lower-case, one-byte form of the text", () => {
  it("keeps every position, lowers case only where the family ignores it, and needs one byte per character", () => {
    const text = foldAccents(TYPOGRAPHY[0] + TYPOGRAPHY[1]);
    const { cased, caseless } = matchingText(text);
    expect(cased).toHaveLength(text.length);
    expect(caseless).toHaveLength(text.length);
    expect(cased.slice(0, 9)).toBe("Le CGLPL ");
    expect(caseless.slice(0, 9)).toBe("le cglpl ");
    expect(caseless).toContain("dote a los calabozos");
    for (const form of [cased, caseless])
      expect([...form].every((ch) => ch.charCodeAt(0) <= 0xff)).toBe(true);
  });

  it("gives each mark of typography its own stand-in", () => {
    const marks =
      "\u2019\u2018\u201c\u201d\u2013\u2014\u2026\u0153\u0152\u20ac\u2022\u201a\u201e\u2039\u203a";
    const { cased, caseless } = matchingText(marks);
    expect(new Set(cased).size).toBe(marks.length);
    expect(new Set(caseless).size).toBe(marks.length - 1); // "Œ" is "œ" in lower case
  });

  it("stands in for a control character so that no pattern takes it for typography", () => {
    const { cased, caseless } = matchingText("a \u0092 b \u2019 c");
    expect(cased).toBe("a \ufffd b \u0092 c");
    expect(caseless).toBe(cased);
  });

  it("leaves plain text as it is, and lowers it", () => {
    const plain = "The Governor should act.";
    expect(matchingText(plain)).toEqual({ cased: plain, caseless: plain.toLowerCase() });
  });

  for (const language of ["en", "fr", "es"] as const) {
    it(`finds with every ${language} pattern what the pattern finds with i on the text as written`, () => {
      const lexicon = LEXICONS[language];
      const texts = TEXTS.map((text) => {
        const folded = foldAccents(text);
        return { folded, matching: matchingText(folded) };
      });
      let compared = 0;
      const differing: string[] = [];
      eachPattern(lexicon, (pattern, family) => {
        const { re, caseless } = compileCue(foldAccents(pattern), family, false, "g");
        for (const { folded, matching } of texts) {
          const now = JSON.stringify(findAll(re, caseless ? matching.caseless : matching.cased));
          if (now !== matchesWithI(pattern, family, folded))
            differing.push(`${pattern} on ${folded}`);
          compared++;
        }
      });
      expect(differing).toEqual([]);
      expect(compared).toBeGreaterThan(10_000);
    });
  }
});
