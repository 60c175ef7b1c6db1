import { wordTranslator } from "../../../src/taskpane/word/i18n";

/** Keys, placeholders and translations of every catalogue, this one included: test/taskpane/i18n.test.ts. */
describe("Word pane strings", () => {
  it("fills placeholders", () => {
    expect(wordTranslator("fr")("findDone", { count: "3" })).toBe(
      "3 recommandations trouvées et balisées."
    );
  });
});
