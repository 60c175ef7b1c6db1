import type { RegisterCommand } from "./commands";

// Placeholder until its issue lands: extract (issue 4).
export const registerExtractCommand: RegisterCommand = () => undefined;
