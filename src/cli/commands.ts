import type { RegisterCommand } from "./io";
import { registerCheckCommands } from "./check";
import { registerExtractCommand } from "./extract";
import { registerFollowUpCommand } from "./followup";
import { registerHistoryCommands } from "./history";
import { registerImportCommand } from "./import";
import { registerPublishCommand } from "./publish";
import { registerTrackerCommands } from "./tracker-commands";

/** Every rectrack command, in the order `--help` lists them. */
export const commands: RegisterCommand[] = [
  registerTrackerCommands,
  registerImportCommand,
  registerFollowUpCommand,
  registerHistoryCommands,
  registerExtractCommand,
  registerCheckCommands,
  registerPublishCommand,
];
