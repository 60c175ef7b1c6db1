import type { Command } from "commander";
import { InputError } from "../core/model/errors";

/** Where a command writes; tests pass buffers, the binary passes the process streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Exit statuses shared by every command. */
export const EXIT = { ok: 0, problemsFound: 1, badInput: 2 } as const;

/**
 * A command registers itself on the program. It reports its exit status
 * through setExit (0 done, 1 problems found, 2 bad input) and throws
 * InputError (src/core/model/errors) for input the user must fix.
 */
export type RegisterCommand = (
  program: Command,
  io: CliIo,
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
  holding: string
): { line: number; where: string; value: Record<string, unknown> }[] {
  const out: { line: number; where: string; value: Record<string, unknown> }[] = [];
  content.split(/\r?\n/).forEach((raw, i) => {
    const line = i === 0 ? raw.replace(/^\uFEFF/, "") : raw;
    if (line.trim() === "") return;
    const where = `${source}, line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InputError(`${where} is not valid JSON.`);
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new InputError(`${where} must be an object with ${holding}.`);
    }
    out.push({ line: i + 1, where, value: value as Record<string, unknown> });
  });
  return out;
}
