import { isoToSerial, localDate } from "../core/schema/dates";
import type { CliTranslate } from "./i18n";
import { Refusal } from "./io";

/** The --today option of the commands that write or count dated results: a real calendar date, or today where the user is. */
export function todayOption(value: string | undefined, t: CliTranslate): string {
  return dateOption("--today", value, t) ?? localDate(new Date());
}

/** A date option (--report-date): a real calendar date, or undefined when not given. */
export function dateOption(
  name: string,
  value: string | undefined,
  t: CliTranslate
): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || isoToSerial(value) === null)
    throw new Refusal(t("dateOption", { name, value }));
  return value;
}
