import { en } from "../../../src/taskpane/word/i18n/en";
import { es } from "../../../src/taskpane/word/i18n/es";
import { fr } from "../../../src/taskpane/word/i18n/fr";
import { wordTranslator } from "../../../src/taskpane/word/i18n";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("Word pane strings", () => {
  it.each([
    ["fr", fr],
    ["es", es],
  ] as const)(
    "%s has every string, with the same placeholders as English",
    (_language, catalogue) => {
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(catalogue[key].trim()).not.toBe("");
        expect({ key, placeholders: placeholders(catalogue[key]) }).toEqual({
          key,
          placeholders: placeholders(en[key]),
        });
      }
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    }
  );

  it("fills placeholders", () => {
    expect(wordTranslator("fr")("findDone", { count: "3" })).toBe(
      "3 recommandations trouvées et balisées."
    );
  });
});
