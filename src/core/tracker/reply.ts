import { addDays, isIsoDay } from "../schema/dates";
import type { FieldValue, TrackerRecord } from "./types";

/** Replies to recommendations: whether one is recorded, and when it was due. */

/** A real ISO day (YYYY-MM-DD) as core stores dates; text that only looks like one is not. */
export function isDate(value: FieldValue | undefined): value is string {
  return isIsoDay(value);
}

/** No response is recorded: no acceptance (or "No response yet"), no response date, no response text. */
export function awaitsReply(record: TrackerRecord): boolean {
  const empty = (value: FieldValue | undefined) =>
    value === undefined || value === null || (typeof value === "string" && value.trim() === "");
  return (
    (empty(record.accepted) || record.accepted === "noResponse") &&
    empty(record.responseDate) &&
    empty(record.response)
  );
}

/** The day the reply to a recommendation was due (its date made plus the reply deadline), or null. */
export function replyDue(
  record: TrackerRecord,
  replyDays: number | null | undefined
): string | null {
  if (replyDays === null || replyDays === undefined || !isDate(record.dateMade)) return null;
  return addDays(record.dateMade, replyDays);
}
