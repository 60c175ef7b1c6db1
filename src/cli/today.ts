import { InputError } from "../core/model/errors";
import { isoToSerial, localDate } from "../core/schema/dates";

/** The --today option of the commands that write or count dated results: a real calendar date, or today where the user is. */
export function todayOption(value: string | undefined): string {
  return dateOption("--today", value) ?? localDate(new Date());
}

/** A date option (--report-date): a real calendar date, or undefined when not given. */
export function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || isoToSerial(value) === null)
    throw new InputError(`${name} must be a date like 2026-03-12, not "${value}".`);
  return value;
}
