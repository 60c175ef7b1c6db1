import type { Command } from "commander";
import type { CliIo } from "./io";
import { registerCheckCommands } from "./check";
import { registerExtractCommand } from "./extract";
import { registerFollowUpCommand } from "./followup";
import { registerImportCommand } from "./import";
import { registerPublishCommand } from "./publish";
import { registerTrackerCommands } from "./tracker-commands";

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

/** Every rectrack command, in the order `--help` lists them. */
export const commands: RegisterCommand[] = [
  registerTrackerCommands,
  registerImportCommand,
  registerFollowUpCommand,
  registerExtractCommand,
  registerCheckCommands,
  registerPublishCommand,
];
