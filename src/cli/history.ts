import { InputError } from "../core/model/errors";
import { HISTORY_KEYS } from "../core/schema/history";
import type { Language } from "../core/schema/plan";
import { VOCABULARIES, type VocabularyKey, vocabularyLabel } from "../core/schema/vocabularies";
import { eventsInOrder, type EventKind, type HistoryRow } from "../core/tracker/history";
import { parseChoice } from "../core/tracker/normalize";
import { recordEvent, type EventFields } from "../core/tracker/observe";
import { readInput, writeAtomically } from "../files/xlsx";
import { XlsxTrackerStore } from "../files/xlsx/store";
import type { RegisterCommand } from "./io";
import { EXIT } from "./io";
import { dateOption, todayOption } from "./today";

/** A list value given on the command line: a key or a label in any tracker language. */
function choice(
  vocabulary: VocabularyKey,
  flag: string,
  value: string | undefined
): string | undefined {
  if (value === undefined) return undefined;
  const parsed = parseChoice(vocabulary, value);
  if (!parsed || parsed.detail) {
    const labels = VOCABULARIES[vocabulary].values.map((v) => `"${v.labels.en}"`).join(", ");
    throw new InputError(`${flag} "${value}" is not in the list; use one of ${labels}.`);
  }
  return parsed.key;
}

function label(vocabulary: VocabularyKey, key: unknown, language: Language): string {
  return typeof key === "string" ? (vocabularyLabel(vocabulary, key, language) ?? key) : "";
}

/** Local time as the tracker's "Last updated" and "Recorded on" cells hold it. */
function localNow(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
}

function eventLine(row: HistoryRow, language: Language): string {
  const v = row.values;
  const parts = [
    String(v.date ?? "(no date)"),
    String(v.recId ?? "(no Rec ID)"),
    label("eventKind", v.kind, language) || "(no kind)",
  ];
  if (v.with) parts.push(`with ${String(v.with)}`);
  if (v.status) parts.push(`implementation: ${label("status", v.status, language)}`);
  if (v.accepted) parts.push(`accepted: ${label("accepted", v.accepted, language)}`);
  if (typeof v.verified === "boolean") parts.push(v.verified ? "verified" : "not verified");
  if (v.summary) parts.push(`"${String(v.summary)}"`);
  return `  ${parts.join("  ")}\n`;
}

const UPGRADE_NOTE = (path: string) =>
  `${path} has no Follow-up history sheet yet (a tracker of schema version 1). \`rectrack upgrade ${path}\` adds it without changing a cell; then every follow-up event can be recorded with its date, and the status at the end of each year is counted from them.`;

export const registerHistoryCommands: RegisterCommand = (program, io, setExit) => {
  program
    .command("log")
    .description(
      "record a follow-up event (a reply, a reminder, a meeting, a follow-up visit...) for some recommendations: one row each on the Follow-up history sheet, and their current columns updated in the same write"
    )
    .argument("<tracker>", "the tracker .xlsx workbook (rewritten in place, in one step)")
    .requiredOption("--id <ids>", "Rec IDs, separated by commas")
    .requiredOption(
      "--kind <kind>",
      "draft-sent, response, action-plan, reminder, meeting, follow-up-visit, status-changed or other (or the list's label in the tracker's language)"
    )
    .requiredOption("--date <date>", "when it happened, like 2026-03-12")
    .option("--status <status>", "the implementation observed (e.g. implemented, in progress)")
    .option("--accepted <accepted>", "the acceptance observed (e.g. accepted, rejected)")
    .option("--verified", "the NPM verified the implementation")
    .option("--with <name>", "with whom (the authority, the director, the focal point)")
    .option("--note <text>", "a summary of what happened")
    .option("--link <url>", "a link to the document (the letter, the reply, the minutes)")
    .option("--staff <name>", "the NPM staff who followed it up")
    .option("--json", "print the result as one JSON object")
    .action(
      async (
        path: string,
        options: {
          id: string;
          kind: string;
          date: string;
          status?: string;
          accepted?: string;
          verified?: boolean;
          with?: string;
          note?: string;
          link?: string;
          staff?: string;
          json?: boolean;
        }
      ) => {
        const event: EventFields = {
          kind: choice("eventKind", "--kind", options.kind) as EventKind,
          date: dateOption("--date", options.date) as string,
          with: options.with,
          summary: options.note,
          link: options.link,
          staff: options.staff,
          status: choice("status", "--status", options.status),
          accepted: choice("accepted", "--accepted", options.accepted),
          ...(options.verified ? { verified: true } : {}),
        };
        const ids = options.id.split(",").map((id) => id.trim());
        const store = new XlsxTrackerStore(await readInput(path), path, {
          followUpToday: todayOption(undefined),
        });
        const plan = await recordEvent(store, ids, event, { now: localNow() });
        if (plan.blocked === "noHistory") throw new InputError(UPGRADE_NOTE(path));
        if (plan.blocked === "noRecommendations")
          throw new InputError("--id names no Rec ID; give one or more, separated by commas.");
        if (store.changed) await writeAtomically(path, store.bytes());
        if (options.json) {
          const { changes: _changes, ...rest } = plan;
          void _changes;
          io.out(`${JSON.stringify({ file: path, ...rest }, null, 2)}\n`);
        } else {
          io.out(
            plan.events > 0
              ? `Recorded in ${path}: ${plan.events} event${plan.events === 1 ? "" : "s"}; ${plan.updated} recommendation${plan.updated === 1 ? "" : "s"} with current values changed.\n`
              : `Nothing was written to ${path}.\n`
          );
          if (plan.unknownIds.length > 0)
            io.out(`  No row holds these Rec IDs: ${plan.unknownIds.join(", ")}.\n`);
          if (plan.repeatedIds.length > 0)
            io.out(
              `  Left out, as several rows hold them (which one is meant?): ${plan.repeatedIds.join(", ")}.\n`
            );
        }
        setExit(
          plan.unknownIds.length > 0 || plan.repeatedIds.length > 0 ? EXIT.problemsFound : EXIT.ok
        );
      }
    );

  program
    .command("history")
    .description("the follow-up events of a tracker, in the order they happened")
    .argument("<tracker>", "the tracker .xlsx workbook")
    .option("--id <id>", "only this recommendation's events")
    .option("--json", "print the events as JSON")
    .action(async (path: string, options: { id?: string; json?: boolean }) => {
      const store = new XlsxTrackerStore(await readInput(path), path);
      const content = await store.read();
      const history = await store.readHistory();
      const wanted = options.id?.trim();
      const events = eventsInOrder(history.rows).filter(
        (row) => !wanted || String(row.values.recId).trim() === wanted
      );
      if (options.json) {
        io.out(
          `${JSON.stringify(
            {
              file: path,
              history: history.present,
              replyDays: history.replyDays,
              events: events.map((row) => ({
                row: row.row,
                ...Object.fromEntries(
                  HISTORY_KEYS.filter((key) => row.values[key] !== undefined).map((key) => [
                    key,
                    row.values[key],
                  ])
                ),
              })),
            },
            null,
            2
          )}\n`
        );
      } else if (!history.present) {
        io.out(`${UPGRADE_NOTE(path)}\n`);
      } else {
        io.out(
          `${events.length} event${events.length === 1 ? "" : "s"} in ${path}${wanted ? ` for ${wanted}` : ""}${history.replyDays !== null ? ` (reply deadline: ${history.replyDays} days)` : ""}.\n`
        );
        for (const row of events) io.out(eventLine(row, content.language));
      }
      setExit(EXIT.ok);
    });
};
