import type { RegisterCommand } from "./commands";

// Placeholder until its issue lands: template, adopt, validate, stats (issue 3).
export const registerTrackerCommands: RegisterCommand = () => undefined;
