import type { Command } from "commander";
import type { Language } from "../core/language";
import { InputError } from "../core/model/errors";
import type { FileNote } from "../files/local";
import type { CliTranslate } from "./i18n";

/** Where a command writes; tests pass buffers, the binary passes the process streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** What a command writes through, in the user's language (./i18n: --lang, else the environment, else English). */
export interface CommandIo extends CliIo {
  language: Language;
  /** The language the user asked for (--lang or the locale); null when nothing said, and rectrack speaks English. */
  chosenLanguage: Language | null;
  t: CliTranslate;
}

/**
 * Input the user must fix, worded by the command line in the user's
 * language (an InputError whose sentence is already translated, unlike the
 * file readers' English sentences).
 */
export class Refusal extends InputError {
  constructor(message: string) {
    super(message);
    this.name = "Refusal";
  }
}

/** Tells the user, in their language, what to know about a file about to be written (it is open in Excel...). */
export function fileNotes(io: CommandIo): (note: FileNote) => void {
  return (note) =>
    io.err(`${io.t("note", { text: io.t(`fileNote_${note.code}`, note.values) })}\n`);
}

/** Exit statuses shared by every command. */
export const EXIT = { ok: 0, problemsFound: 1, badInput: 2 } as const;

/**
 * A command registers itself on the program. It reports its exit status
 * through setExit (0 done, 1 problems found, 2 bad input) and throws
 * InputError (src/core/model/errors) for input the user must fix.
 */
export type RegisterCommand = (
  program: Command,
  io: CommandIo,
  setExit: (code: number) => void
) => void;

/**
 * The objects of a JSON Lines file, each with where it stands ("file, line
 * 3"): blank lines are skipped and a leading byte order mark dropped; the
 * first line that is not a JSON object is an InputError naming it and what
 * each line must hold (`holding`, e.g. '"id" and "text"').
 */
export function jsonObjectLines(
  content: string,
  source: string,
  holding: string,
  t: CliTranslate
): { line: number; where: string; value: Record<string, unknown> }[] {
  const out: { line: number; where: string; value: Record<string, unknown> }[] = [];
  content.split(/\r?\n/).forEach((raw, i) => {
    const line = i === 0 ? raw.replace(/^\uFEFF/, "") : raw;
    if (line.trim() === "") return;
    const where = t("jsonWhere", { source, line: String(i + 1) });
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Refusal(t("jsonNotValid", { where }));
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new Refusal(t("jsonNotObject", { where, holding }));
    }
    out.push({ line: i + 1, where, value: value as Record<string, unknown> });
  });
  return out;
}
