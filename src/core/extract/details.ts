/**
 * What a recommendation says about itself: who must act, by when, how
 * urgently. Read with the lexicon of the recommendation's language.
 */
import type { Compiled } from "./compile";

export function stripArticle(c: Compiled, text: string): string {
  return text.replace(c.articles, "").trim();
}

const NAME = /^[\p{Lu}][\p{L}\p{N}'’/-]*$/u;
const LOWER_WORD = /^[\p{Ll}][\p{Ll}-]*$/u;

/** An authority noun, also after an elided article ("l'administration") or as a possessive ("Ministry's"). */
function isAuthority(c: Compiled, word: string): boolean {
  const bare = word.replace(/^(?:l|d)'/i, "").replace(/'s$/, "");
  return c.authority.test(bare);
}

/** The longest run of words from `from` that reads as an authority's name ("the Ministry of Health"). */
function authorityPhrase(c: Compiled, sentence: string, from: number): string | undefined {
  const words = sentence.slice(from).split(/\s+/).filter(Boolean);
  const taken: string[] = [];
  let hasAuthority = false;
  let hasName = false;
  for (let i = 0; i < words.length && taken.length < 12; i++) {
    const raw = words[i];
    const w = raw.replace(/[,;:.()]+$/, "");
    if (w === "") break;
    const isArticle = c.articles.test(w + " ") && w.length <= 4 && !w.endsWith("'");
    if (i === 0 && isArticle) {
      taken.push(w);
      continue;
    }
    const isConnector = i > 0 && (c.connector.test(w) || isArticle);
    const authority = isAuthority(c, w);
    const isName = NAME.test(w.replace(/^(?:l|d)'/i, ""));
    // "station commanders", "medical staff": a modifier counts when an authority word follows it.
    const modifies =
      !hasAuthority &&
      !hasName &&
      LOWER_WORD.test(w) &&
      words.slice(i + 1, i + 3).some((next) => isAuthority(c, next.replace(/[,;:.]+$/, "")));
    if (!(isConnector || authority || isName || modifies)) break;
    taken.push(w);
    if (authority) hasAuthority = true;
    else if (isName && (i > 0 || from > 0)) hasName = true;
    if (w !== raw) break;
  }
  while (
    taken.length &&
    (c.connector.test(taken[taken.length - 1]) || c.articles.test(taken[taken.length - 1] + " "))
  )
    taken.pop();
  const phrase = stripArticle(c, taken.join(" "));
  if (!phrase || !(hasAuthority || hasName)) return undefined;
  return phrase;
}

/**
 * Who must act: the object of the recommending verb ("recommends that the
 * X ...", "recommande à la X de ...", "insta al X a ..."), or the subject
 * of the modal ("The X should ...", "La X debe ...").
 */
export function addresseeIn(
  c: Compiled,
  sentence: string,
  verbEnd: number | null
): string | undefined {
  if (verbEnd !== null) {
    const rest = sentence.slice(verbEnd);
    // Up to two short words ("that", "à", "al", "que") and a comma clause before the name.
    // "its recommendation, which ..., that the X", "à la X", "al X": short words, the word
    // "recommendation" (one Latin root in our languages) and a comma clause come before the name.
    const lead =
      /^\s*(?:(?:\p{Ll}{1,4}(?!\p{L})|\p{Ll}{1,2}')\s*){0,2}(?:\p{L}*recom[\p{L}]*\s*)?(?:,[^,]{0,80},\s*)?(?:(?:\p{Ll}{1,4}(?!\p{L})|\p{Ll}{1,2}')\s*){0,2}/u.exec(
        rest
      );
    const found = authorityPhrase(c, sentence, verbEnd + (lead ? lead[0].length : 0));
    if (found) return found;
  }
  const modal = c.modal.exec(sentence);
  if (modal && modal.index > 1) {
    // The subject, after any opening clause that gives a view or a source ("In the CPT's view, ...").
    const chunks = sentence.slice(0, modal.index).split(/[,;:]/);
    const subject = (
      chunks.find((chunk) => !c.opinion.test(chunk) && !c.reported.test(chunk)) ?? chunks[0]
    ).trim();
    const words = subject.split(/\s+/);
    if (
      words.length <= 10 &&
      words.some(
        (w, k) =>
          isAuthority(c, w) ||
          (k > 0 && NAME.test(w) && !c.articles.test(w + " ") && !c.quantifier.test(w))
      )
    )
      return stripArticle(c, subject);
  }
  return undefined;
}

/** Whether the subject before the modal names an authority (or a State party). */
export function authoritySubject(c: Compiled, sentence: string, modalAt: number): boolean {
  const subject = sentence.slice(0, modalAt).split(/[,;:]/).pop() ?? "";
  const words = subject.trim().split(/\s+/).slice(-8);
  return words.some(
    (w, k) => isAuthority(c, w) || (k > 0 && NAME.test(w) && !c.articles.test(w + " "))
  );
}

export function deadlineIn(c: Compiled, text: string): string | undefined {
  for (const re of c.deadlines) {
    const m = re.exec(text);
    if (m) return (m[1] ?? m[0]).trim();
  }
  return undefined;
}

/** "High", "Medium" or "Low", in English as the tracker's vocabulary is keyed. */
export function priorityIn(c: Compiled, text: string): string | undefined {
  for (const re of c.priorities) {
    const m = re.exec(text);
    if (m) {
      const word = (m[1] ?? "").toLowerCase();
      const level =
        c.lex.priorityLevels[word] ??
        c.lex.priorityLevels[word.normalize("NFD").replace(/\p{M}/gu, "")];
      const english = level ?? "high";
      return english[0].toUpperCase() + english.slice(1);
    }
  }
  return undefined;
}
