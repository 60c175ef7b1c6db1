import { InputError } from "../core/model/errors";
import { PublishSummary, publishCopy, removedAnything } from "../files/docx/publish";
import { readInput, realTarget } from "../files/local";
import type { RegisterCommand } from "./io";
import { EXIT } from "./io";
import { writeNew } from "./tracker-commands";

const plural = (count: number, one: string, other: string) =>
  `${count} ${count === 1 ? one : other}`;

/** What the copy no longer holds, one line each, in plain words. */
export function publishLines(summary: PublishSummary, keepTags: boolean): string[] {
  const lines: string[] = [];
  if (summary.reportPartsRemoved > 0)
    lines.push(
      keepTags
        ? "the review data saved by the add-in (it could not be read, so it was removed whole)"
        : "the review data saved by the add-in: the report's details, the reviewers' verdicts, notes and names, the review states"
    );
  if (summary.reportPartsCleaned > 0)
    lines.push(
      "the reviewers' verdicts, notes and names and the review states (the report's details and the recommendations' tracking details are kept with the tags)"
    );
  if (summary.backupPartsRemoved > 0)
    lines.push(
      plural(
        summary.backupPartsRemoved,
        "backup of damaged review data",
        "backups of damaged review data"
      )
    );
  if (summary.tagsRemoved > 0)
    lines.push(
      `${plural(summary.tagsRemoved, "recommendation tag", "recommendation tags")} (the text is unchanged)`
    );
  if (summary.trackerLinkRemoved) lines.push("the link to the tracker workbook");
  if (summary.otherSettingsRemoved > 0)
    lines.push(
      plural(
        summary.otherSettingsRemoved,
        "other setting of the add-in",
        "other settings of the add-in"
      )
    );
  if (summary.commentsRemoved > 0)
    lines.push(
      plural(
        summary.commentsRemoved,
        "comment of the Double-SMART check",
        "comments of the Double-SMART check"
      ) +
        (summary.repliesRemoved > 0
          ? `, with ${plural(summary.repliesRemoved, "reply", "replies")} to them`
          : "")
    );
  if (summary.authorsRemoved > 0)
    lines.push(
      `${plural(summary.authorsRemoved, "name", "names")} left only by those comments, from the list of comment authors`
    );
  if (summary.reviewSheetsRemoved > 0)
    lines.push(plural(summary.reviewSheetsRemoved, "review sheet", "review sheets"));
  return lines;
}

export const registerPublishCommand: RegisterCommand = (program, io, setExit) => {
  program
    .command("publish")
    .description(
      "a copy of a Word report for the authorities, without the review data (verdicts, notes, reviewers' names, tracker link)"
    )
    .argument("<report>", "the report, a .docx file (never changed)")
    .argument("<out>", "the copy to write, a new .docx file")
    .option(
      "--keep-tags",
      "keep the recommendation tags and tracking details (the copy can still be imported)"
    )
    .option("--force", "replace OUT if it exists")
    .option("--json", "print what was removed as one JSON object")
    .addHelpText(
      "after",
      `
Removes what the Word pane keeps in a report for the NPM's own work: the
reviewers' verdicts, notes and names and the review states, the add-in's
Word comments (with replies to them) and its review sheet, the link to the
tracker, and the recommendation tags (kept with --keep-tags, without the
review data). Everything else stays exactly as it was, other people's
comments included. OUT is created; an existing file is refused unless
--force is given; REPORT is never overwritten.

Exit status: 0 written, 2 REPORT is missing or not a readable Word document,
or OUT exists (or is REPORT); nothing is written then.`
    )
    .action(
      async (
        report: string,
        out: string,
        options: { keepTags?: boolean; force?: boolean; json?: boolean }
      ) => {
        const keepTags = options.keepTags ?? false;
        const bytes = await readInput(report, "a Word document");
        if ((await realTarget(out)) === (await realTarget(report)))
          throw new InputError(
            `${out} is the report itself; give the copy another name (the report is never overwritten).`
          );
        let copy;
        try {
          copy = await publishCopy(bytes, { keepTags });
        } catch (error) {
          if (error instanceof InputError) throw new InputError(`${report}: ${error.message}`);
          throw error;
        }
        await writeNew(out, copy.bytes, options.force, io);
        const { summary } = copy;
        if (options.json) {
          io.out(
            `${JSON.stringify({ report, output: out, keepTags, removed: removedAnything(summary), summary }, null, 2)}\n`
          );
        } else if (!removedAnything(summary)) {
          io.out(`${report} holds no review data: ${out} is the same report.\n`);
        } else {
          const lines = publishLines(summary, keepTags).map((line) => `  - ${line}`);
          io.out(`Wrote ${out}, a copy of ${report} without:\n${lines.join("\n")}\n`);
          if (summary.commentsKept > 0)
            io.out(
              `Kept: ${plural(summary.commentsKept, "comment", "comments")} by other people; look at ${summary.commentsKept === 1 ? "it" : "them"} before sending.\n`
            );
        }
        setExit(EXIT.ok);
      }
    );
};
