import type { RegisterCommand } from "./commands";

// Placeholder until its issue lands: check (issue 4).
export const registerCheckCommands: RegisterCommand = () => undefined;
