import { InputError } from "../core/model/errors";
import { localToday } from "./tracker-commands";

/** The --today option of the commands that write dated results: a real date, or today where the user is. */
export function todayOption(value: string | undefined): string {
  if (value === undefined) return localToday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw new InputError(`--today must be a date like 2026-03-12, not "${value}".`);
  return value;
}
