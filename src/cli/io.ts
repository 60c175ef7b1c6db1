import type { Command } from "commander";

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
