/**
 * Finds English sentences in a text meant to be French or Spanish: the
 * check the panes' "no English in fr/es" test and the command line's share.
 */
import { messageArguments, messagePlurals, parseMessage } from "../../src/core/language/message";

/**
 * Words that mark an English sentence and are not French or Spanish words
 * ("on", "or", "a", "son" are, so they are not here). Two of them make a
 * sentence English; product names and file extensions hold none.
 */
const ENGLISH = new Set(
  (
    "the and is are not with your this that these could would should was were been has have " +
    "will cannot can't isn't doesn't don't which from what when there their they you it's " +
    "into than then please must been being its here only also"
  ).split(" ")
);

/** The English sentences of a text: those holding two or more English marker words. */
export function englishSentences(text: string): string[] {
  return text.split(/(?<=[.!?:;])\s+|\n+/).filter((sentence) => {
    const words = sentence.toLowerCase().match(/[a-z’']+/g) ?? [];
    return words.filter((word) => ENGLISH.has(word.replace(/’/g, "'"))).length >= 2;
  });
}
/** Each way to fill a message: every placeholder with a neutral value, the plurals at 0, 1, 2 and 7. */
export function fillings(message: string): Record<string, string>[] {
  const parts = parseMessage(message);
  const names = messageArguments(parts);
  const plurals = new Set(messagePlurals(parts).map((plural) => plural.name));
  return ["0", "1", "2", "7"].map((count) =>
    Object.fromEntries(names.map((name) => [name, plurals.has(name) ? count : "«X»"]))
  );
}
