import { HISTORY_KEYS } from "../core/schema/history";
import type { Language } from "../core/schema/plan";
import { VOCABULARIES, type VocabularyKey, vocabularyLabel } from "../core/schema/vocabularies";
import {
  eventsInOrder,
  statusAsOf,
  type EventKind,
  type HistoryRow,
} from "../core/tracker/history";
import { parseChoice } from "../core/tracker/normalize";
import { recordEvent, type EventFields } from "../core/tracker/observe";
import { readInput, writeAtomically } from "../files/xlsx";
import type { TrackerFile } from "../files/xlsx";
import { followUpDocx, readReplyDocx } from "../files/docx/followup";
import { readReplyXlsx } from "../files/xlsx/reply";
import { buildBrief, buildLetter, findParty, partiesOf } from "../core/tracker/letters";
import { readReply, type ReplyPlan } from "../core/tracker/observe";
import { COLUMN_BY_KEY, columnHeader, type ColumnKey } from "../core/schema/columns";
import { basename, extname } from "path";
import { writeNew } from "./tracker-commands";
import { XlsxTrackerStore } from "../files/xlsx/store";
import type { CommandIo, RegisterCommand } from "./io";
import { EXIT, Refusal } from "./io";
import type { CliTranslate } from "./i18n";
import { localDateTime } from "../core/schema/dates";
import { dateOption, todayOption } from "./today";

/** A list value given on the command line: a key or a label in any tracker language. */
function choice(
  vocabulary: VocabularyKey,
  flag: string,
  value: string | undefined,
  io: CommandIo
): string | undefined {
  if (value === undefined) return undefined;
  const parsed = parseChoice(vocabulary, value);
  if (!parsed || parsed.detail) {
    const labels = VOCABULARIES[vocabulary].values
      .map((v) => `"${v.labels[io.language]}"`)
      .join(", ");
    throw new Refusal(io.t("notInList", { flag, value, labels }));
  }
  return parsed.key;
}

function label(vocabulary: VocabularyKey, key: unknown, language: Language): string {
  return typeof key === "string" ? (vocabularyLabel(vocabulary, key, language) ?? key) : "";
}

/** Local time as the tracker's "Last updated" and "Recorded on" cells hold it. */
const localNow = () => localDateTime(new Date());

function eventLine(row: HistoryRow, language: Language, t: CliTranslate): string {
  const v = row.values;
  const parts = [
    String(v.date ?? t("eventNoDate")),
    String(v.recId ?? t("eventNoId")),
    label("eventKind", v.kind, language) || t("eventNoKind"),
  ];
  if (v.with) parts.push(t("eventWith", { name: String(v.with) }));
  if (v.status) parts.push(t("eventStatus", { status: label("status", v.status, language) }));
  if (v.accepted)
    parts.push(t("eventAccepted", { accepted: label("accepted", v.accepted, language) }));
  if (typeof v.verified === "boolean")
    parts.push(t(v.verified ? "eventVerified" : "eventNotVerified"));
  if (v.summary) parts.push(`"${String(v.summary)}"`);
  return `  ${parts.join("  ")}\n`;
}

const UPGRADE_NOTE = (path: string, t: CliTranslate) => t("upgradeNote", { path });

/** The party as the tracker writes it; refused, with the tracker's own, when it names none. */
function partyOf(
  tracker: TrackerFile,
  key: "authority" | "place",
  name: string,
  path: string,
  t: CliTranslate
): string {
  const records = tracker.rows.map((row) => row.values);
  const found = findParty(records, key, name);
  if (found) return found;
  const known = partiesOf(records, key)
    .map((entry) => `"${entry.label}"`)
    .slice(0, 20)
    .join(", ");
  throw new Refusal(
    t(key === "authority" ? "noAddressee" : "noPlace", {
      path,
      name,
      known: known ? t("partiesKnown", { names: known }) : "",
    })
  );
}

/** A value as the tracker's drop-down shows it ("Partially accepted", not its key). */
function shown(key: ColumnKey, value: unknown, language: Language): string {
  const vocabulary = COLUMN_BY_KEY.get(key)?.vocabulary;
  if (vocabulary && typeof value === "string" && value) return label(vocabulary, value, language);
  return value === undefined || value === null ? "" : String(value);
}

function replyText(
  plan: ReplyPlan,
  path: string,
  written: boolean,
  language: Language,
  io: CommandIo
): string {
  const { t } = io;
  const lines: string[] = [];
  const changed = plan.items.filter((item) => item.changes.length > 0 && !item.textChanged);
  const count = String(changed.length);
  lines.push(
    written
      ? t("replyWritten", {
          path,
          count,
          kind: label("eventKind", plan.kind, io.language).toLowerCase(),
        })
      : changed.length > 0
        ? t("replyWouldUpdate", { path, count })
        : t("replyNothing", { path })
  );
  for (const item of changed)
    lines.push(
      `  ${item.id}: ${item.changes
        .map(
          (change) =>
            `${columnHeader(change.key, language)} ${JSON.stringify(shown(change.key, change.before, language))} -> ${JSON.stringify(shown(change.key, change.after, language))}`
        )
        .join("; ")}`
    );
  for (const item of plan.items.filter((i) => i.textChanged))
    lines.push(`  ${t("replyTextChanged", { id: item.id })}`);
  for (const item of plan.items)
    for (const bad of item.invalid)
      lines.push(
        `  ${t(`replyInvalid_${bad.problem}`, {
          id: item.id,
          column: columnHeader(bad.key, language),
          value: String(bad.value),
        })}`
      );
  if (plan.unknownIds.length > 0)
    lines.push(`  ${t("replyUnknownIds", { ids: plan.unknownIds.map((u) => u.id).join(", ") })}`);
  if (plan.repeatedIds.length > 0)
    lines.push(`  ${t("replyRepeatedIds", { ids: plan.repeatedIds.map((u) => u.id).join(", ") })}`);
  if (plan.withoutId.length > 0)
    lines.push(`  ${t("replyWithoutId", { rows: plan.withoutId.join(", ") })}`);
  return `${lines.join("\n")}\n`;
}

export const registerHistoryCommands: RegisterCommand = (program, io, setExit) => {
  const documentCommand = (kind: "letter" | "brief") =>
    program
      .command(kind)
      .description(io.t(kind === "letter" ? "help_letter" : "help_brief"))
      .argument(`<${io.t("arg_tracker")}>`, io.t("help_argTracker"))
      .argument(`<${io.t("arg_out")}>`, io.t("help_document_out"))
      .requiredOption(
        kind === "letter" ? "--authority <name>" : "--place <name>",
        io.t(kind === "letter" ? "help_letter_authority" : "help_brief_place")
      )
      .option("--lang <language>", io.t("help_document_lang"))
      .option("--today <date>", io.t("help_document_today"))
      .option("--action-plan", io.t("help_document_actionPlan"))
      .option("--force", io.t("help_force"))
      .action(
        async (
          path: string,
          out: string,
          options: {
            authority?: string;
            place?: string;
            lang?: string;
            today?: string;
            actionPlan?: boolean;
            force?: boolean;
          }
        ) => {
          const { t } = io;
          if (options.lang !== undefined && !["en", "fr", "es"].includes(options.lang))
            throw new Refusal(t("letterLang", { value: options.lang }));
          if (extname(out).toLowerCase() !== ".docx")
            throw new Refusal(t("letterNotDocx", { out }));
          const store = new XlsxTrackerStore(await readInput(path), path);
          await store.read();
          const tracker = store.tracker as TrackerFile;
          const records = tracker.rows.map((row) => row.values);
          const input = {
            records,
            language: (options.lang as Language | undefined) ?? tracker.language,
            trackerLanguage: tracker.language,
            headers: tracker.headers,
            today: todayOption(options.today, io.t),
          };
          const doc =
            kind === "letter"
              ? buildLetter({
                  ...input,
                  authority: partyOf(tracker, "authority", options.authority as string, path, t),
                  request: options.actionPlan ? "actionPlan" : "reminder",
                })
              : buildBrief({
                  ...input,
                  place: partyOf(tracker, "place", options.place as string, path, t),
                  history: (await store.readHistory()).rows,
                });
          await writeNew(out, await followUpDocx(doc), options.force, io);
          const ids = doc.ids.length ? ` (${doc.ids.join(", ")})` : "";
          io.out(
            `${t("letterWrote", { out, count: String(doc.ids.length), party: doc.party, ids })}\n`
          );
          setExit(EXIT.ok);
        }
      );
  documentCommand("letter");
  documentCommand("brief");

  program
    .command("reply")
    .description(io.t("help_reply"))
    .argument(`<${io.t("arg_reply")}>`, io.t("help_reply_reply"))
    .argument(`<${io.t("arg_tracker")}>`, io.t("help_argTrackerInPlace"))
    .option("--date <date>", io.t("help_reply_date"))
    .option("--dry-run", io.t("help_dryRun"))
    .option("--json", io.t("help_json"))
    .action(
      async (
        replyPath: string,
        path: string,
        options: { date?: string; dryRun?: boolean; json?: boolean }
      ) => {
        const data = await readInput(replyPath);
        const ext = extname(replyPath).toLowerCase();
        if (ext !== ".docx" && ext !== ".xlsx")
          throw new Refusal(io.t("replyNotDocOrWorkbook", { path: replyPath }));
        const table =
          ext === ".docx" ? await readReplyDocx(data) : await readReplyXlsx(data, replyPath);
        if (!table) throw new Refusal(io.t("replyNoTable", { path: replyPath }));
        const today = todayOption(undefined, io.t);
        const store = new XlsxTrackerStore(await readInput(path), path, { followUpToday: today });
        await store.read();
        const tracker = store.tracker as TrackerFile;
        const { plan, changes } = await readReply(store, table, {
          date: dateOption("--date", options.date, io.t) ?? today,
          headers: tracker.headers,
          source: basename(replyPath),
          now: localNow(),
          dryRun: options.dryRun,
        });
        if (plan.blocked === "noHistory") throw new Refusal(UPGRADE_NOTE(path, io.t));
        if (plan.blocked === "noIdColumn" || plan.blocked === "noFields")
          throw new Refusal(
            io.t(plan.blocked === "noIdColumn" ? "replyNoIdColumn" : "replyNoFields", {
              path: replyPath,
            })
          );
        const written = store.changed;
        if (written) await writeAtomically(path, store.bytes());
        if (options.json) {
          io.out(
            `${JSON.stringify(
              {
                file: path,
                reply: replyPath,
                written,
                kind: plan.kind,
                updated: changes.updates.map((update) => update.id),
                items: plan.items.map((item) => ({
                  id: item.id,
                  changes: item.changes,
                  invalid: item.invalid,
                  ...(item.textChanged ? { textChanged: item.textChanged } : {}),
                })),
                unknownIds: plan.unknownIds,
                repeatedIds: plan.repeatedIds,
                withoutId: plan.withoutId,
              },
              null,
              2
            )}\n`
          );
        } else io.out(replyText(plan, replyPath, written, tracker.language, io));
        const problems =
          plan.unknownIds.length +
          plan.repeatedIds.length +
          plan.items.filter((item) => item.invalid.length > 0 || item.textChanged).length;
        setExit(problems > 0 ? EXIT.problemsFound : EXIT.ok);
      }
    );

  program
    .command("log")
    .description(io.t("help_log"))
    .argument(`<${io.t("arg_tracker")}>`, io.t("help_argTrackerInPlace"))
    .requiredOption("--id <ids>", io.t("help_log_id"))
    .requiredOption("--kind <kind>", io.t("help_log_kind"))
    .requiredOption("--date <date>", io.t("help_log_date"))
    .option("--status <status>", io.t("help_log_status"))
    .option("--accepted <accepted>", io.t("help_log_accepted"))
    .option("--verified", io.t("help_log_verified"))
    .option("--with <name>", io.t("help_log_with"))
    .option("--note <text>", io.t("help_log_note"))
    .option("--link <url>", io.t("help_log_link"))
    .option("--staff <name>", io.t("help_log_staff"))
    .option("--json", io.t("help_json"))
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
          kind: choice("eventKind", "--kind", options.kind, io) as EventKind,
          date: dateOption("--date", options.date, io.t) as string,
          with: options.with,
          summary: options.note,
          link: options.link,
          staff: options.staff,
          status: choice("status", "--status", options.status, io),
          accepted: choice("accepted", "--accepted", options.accepted, io),
          ...(options.verified ? { verified: true } : {}),
        };
        const ids = options.id.split(",").map((id) => id.trim());
        const store = new XlsxTrackerStore(await readInput(path), path, {
          followUpToday: todayOption(undefined, io.t),
        });
        const plan = await recordEvent(store, ids, event, { now: localNow() });
        const { t } = io;
        if (plan.blocked === "noHistory") throw new Refusal(UPGRADE_NOTE(path, t));
        if (plan.blocked === "noRecommendations") throw new Refusal(t("logNoIds"));
        if (store.changed) await writeAtomically(path, store.bytes());
        if (options.json) {
          const { changes: _changes, ...rest } = plan;
          void _changes;
          io.out(`${JSON.stringify({ file: path, ...rest }, null, 2)}\n`);
        } else {
          io.out(
            `${
              plan.events > 0
                ? t("logRecorded", {
                    path,
                    events: String(plan.events),
                    updated: String(plan.updated),
                  })
                : t("logNothing", { path })
            }\n`
          );
          if (plan.unknownIds.length > 0)
            io.out(`  ${t("logUnknownIds", { ids: plan.unknownIds.join(", ") })}\n`);
          if (plan.repeatedIds.length > 0)
            io.out(`  ${t("logRepeatedIds", { ids: plan.repeatedIds.join(", ") })}\n`);
        }
        setExit(
          plan.unknownIds.length > 0 || plan.repeatedIds.length > 0 ? EXIT.problemsFound : EXIT.ok
        );
      }
    );

  program
    .command("history")
    .description(io.t("help_history"))
    .argument(`<${io.t("arg_tracker")}>`, io.t("help_argTracker"))
    .option("--id <id>", io.t("help_history_id"))
    .option("--as-of <date>", io.t("help_history_asOf"))
    .option("--json", io.t("help_history_json"))
    .action(async (path: string, options: { id?: string; asOf?: string; json?: boolean }) => {
      const store = new XlsxTrackerStore(await readInput(path), path);
      const content = await store.read();
      const history = await store.readHistory();
      const day = dateOption("--as-of", options.asOf, io.t);
      if (day) {
        const wanted = options.id?.trim();
        const records = content.rows
          .map((row) => row.values)
          .filter((record) => !wanted || String(record.id ?? "").trim() === wanted);
        const asOf = statusAsOf(records, history.rows, day);
        if (options.json) io.out(`${JSON.stringify({ file: path, ...asOf }, null, 2)}\n`);
        else {
          io.out(
            `${io.t("historyAsOf", {
              day,
              count: String(asOf.total),
              noHistory: history.present ? "" : io.t("historyNoHistory"),
            })}\n`
          );
          for (const value of VOCABULARIES.status.values)
            io.out(`  ${value.labels[content.language]}: ${asOf.byStatus[value.key] ?? 0}\n`);
          if (wanted)
            for (const item of asOf.items)
              io.out(`  ${item.id}: ${label("status", item.status, content.language) || "-"}\n`);
        }
        setExit(EXIT.ok);
        return;
      }
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
        io.out(`${UPGRADE_NOTE(path, io.t)}\n`);
      } else {
        io.out(
          `${io.t("historyEvents", {
            count: String(events.length),
            path,
            wanted: wanted ? io.t("historyFor", { id: wanted }) : "",
            deadline:
              history.replyDays !== null
                ? io.t("historyDeadline", { days: String(history.replyDays) })
                : "",
          })}\n`
        );
        for (const row of events) io.out(eventLine(row, content.language, io.t));
      }
      setExit(EXIT.ok);
    });
};
