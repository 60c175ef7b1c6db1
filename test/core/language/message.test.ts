import {
  messageArguments,
  messageFormatter,
  parseMessage,
} from "../../../src/core/language/message";
import { LANGUAGES } from "../../../src/core/language";
import { ISSUE_MESSAGES } from "../../../src/core/tracker/messages";
import { DOCUMENT_TEXTS } from "../../../src/core/review/publication";

/**
 * Core's translated texts are written in the panes' message syntax (one way
 * to write a translated message): each parses, and each language names the
 * same placeholders as English.
 */

const placeholders = (text: string) => messageArguments(parseMessage(text)).sort();

describe("core's translated texts", () => {
  it.each(LANGUAGES)(
    "data-quality issues in %s parse and keep the English placeholders",
    (language) => {
      for (const [code, text] of Object.entries(ISSUE_MESSAGES[language])) {
        const english = ISSUE_MESSAGES.en[code as keyof typeof ISSUE_MESSAGES.en];
        expect({ code, placeholders: placeholders(text) }).toEqual({
          code,
          placeholders: placeholders(english),
        });
      }
    }
  );

  it.each(LANGUAGES)("the published copy's words in %s parse", (language) => {
    for (const text of Object.values(DOCUMENT_TEXTS[language]))
      expect(() => parseMessage(text)).not.toThrow();
  });

  it("fills a message parsed once, with the language's plural rules", () => {
    const format = messageFormatter("fr");
    const message = "{n, plural, one {# ligne} other {# lignes}} : {what}";
    expect(format(message, { n: "1", what: "x" })).toBe("1 ligne : x");
    expect(format(message, { n: "0", what: "y" })).toBe("0 ligne : y");
    expect(format(message, { n: "3", what: "z" })).toBe("3 lignes : z");
  });
});
