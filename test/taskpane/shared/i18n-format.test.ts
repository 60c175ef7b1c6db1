import {
  formatMessage,
  MessageSyntaxError,
  parseMessage,
} from "../../../src/taskpane/shared/i18n/format";
import { createTranslator } from "../../../src/taskpane/shared/i18n";
import { excelTranslator } from "../../../src/taskpane/excel/i18n";
import { wordTranslator } from "../../../src/taskpane/word/i18n";

const ROWS = "{rows, plural, one {# row} other {# rows}}";

describe("the message formatter", () => {
  it.each([
    ["en", "0", "0 rows"],
    ["en", "1", "1 row"],
    ["en", "2", "2 rows"],
    // French counts 0 and 1 as singular (CLDR "one" is i = 0,1).
    ["fr", "0", "0 row"],
    ["fr", "1", "1 row"],
    ["fr", "2", "2 rows"],
    ["es", "0", "0 rows"],
    ["es", "1", "1 row"],
    ["es", "2", "2 rows"],
  ])("chooses the %s plural form of %s", (language, rows, expected) => {
    expect(formatMessage(ROWS, { rows }, language)).toBe(expected);
  });

  it("chooses each count's form on its own when a message has several", () => {
    const message =
      "{errors, plural, one {# error} other {# errors}} and {warnings, plural, one {# point} other {# points}} in " +
      ROWS;
    expect(formatMessage(message, { errors: "1", warnings: "2", rows: "1" }, "en")).toBe(
      "1 error and 2 points in 1 row"
    );
    expect(formatMessage(message, { errors: "0", warnings: "1", rows: "3" }, "en")).toBe(
      "0 errors and 1 point in 3 rows"
    );
  });

  it("reads counts formatted for the reader, and gives a count that is no number the other form", () => {
    expect(formatMessage(ROWS, { rows: "1\u202f234" }, "fr")).toBe("1\u202f234 rows");
    expect(formatMessage(ROWS, { rows: "1,001" }, "en")).toBe("1,001 rows");
    expect(formatMessage(ROWS, { rows: "some" }, "en")).toBe("some rows");
  });

  it("prefers an exact match, fills placeholders inside branches and leaves unknown ones visible", () => {
    const message = "{n, plural, =0 {none} one {# {thing}} other {# {thing}s}} for {who}";
    expect(formatMessage(message, { n: "0", thing: "note" }, "en")).toBe("none for {who}");
    expect(formatMessage(message, { n: "1", thing: "note" }, "en")).toBe("1 note for {who}");
    expect(formatMessage(message, { n: "2", thing: "note" }, "en")).toBe("2 notes for {who}");
    expect(formatMessage(ROWS, undefined, "en")).toBe("{rows} rows");
  });

  it("keeps # and apostrophes outside a plural as text", () => {
    expect(formatMessage("Row #{row} n'a pas", { row: "4" }, "fr")).toBe("Row #4 n'a pas");
  });

  it.each([
    ["{n, plural, one {# row} other {# rows}", /not closed/],
    ["{n, select, one {a} other {b}}", /only “plural”/],
    ["{n, plural, one {a}}", /no “other”/],
    ["{n, plural, single {a} other {b}}", /not a plural category/],
    ["{n, plural, one {a} one {b} other {c}}", /twice/],
    ["{n, plural, one a other {b}}", /“\{” was expected/],
    ["a } b", /unexpected/],
    ["{}", /name was expected/],
  ])("refuses %s", (message, problem) => {
    expect(() => parseMessage(message)).toThrow(MessageSyntaxError);
    expect(() => parseMessage(message)).toThrow(problem);
  });
});

describe("the panes' translators", () => {
  it("word the data check's summary in each language", () => {
    const one = { errors: "1", warnings: "1", rows: "1" };
    const many = { errors: "2", warnings: "0", rows: "3" };
    expect(excelTranslator("en")("qualitySummary", one)).toBe(
      "1 error and 1 point to check in 1 row."
    );
    expect(excelTranslator("en")("qualitySummary", many)).toBe(
      "2 errors and 0 points to check in 3 rows."
    );
    expect(excelTranslator("fr")("qualitySummary", one)).toBe(
      "1 erreur et 1 point à vérifier dans 1 ligne."
    );
    expect(excelTranslator("fr")("qualitySummary", many)).toBe(
      "2 erreurs et 0 point à vérifier dans 3 lignes."
    );
    expect(excelTranslator("es")("qualitySummary", one)).toBe(
      "1 error y 1 punto que revisar en 1 fila."
    );
    expect(excelTranslator("es")("qualitySummary", many)).toBe(
      "2 errores y 0 puntos que revisar en 3 filas."
    );
  });

  it("make past participles agree with the count in French and Spanish", () => {
    expect(wordTranslator("fr")("findDone", { count: "1" })).toBe(
      "1 recommandation trouvée et balisée."
    );
    expect(wordTranslator("es")("commentsDone", { added: "1", updated: "0", resolved: "1" })).toBe(
      "Comentarios de Word: 1 añadido, 0 actualizados, 1 marcado como resuelto."
    );
    expect(wordTranslator("fr")("commentsDone", { added: "2", updated: "1", resolved: "0" })).toBe(
      "Commentaires Word : 2 ajoutés, 1 mis à jour, 0 marqué comme résolu."
    );
  });

  it("shows a malformed catalogue string as written rather than failing the pane", () => {
    const t = createTranslator({ en: { k: "{n, plural" }, fr: { k: "" }, es: { k: "" } }, "en");
    expect(t("k", { n: "1" })).toBe("{n, plural");
  });
});
