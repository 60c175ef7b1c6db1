import { InputError } from "../core/model/errors";
import { PublishSummary, publishCopy, removedAnything } from "../files/docx/publish";
import { readInput, realTarget } from "../files/local";
import type { RegisterCommand } from "./io";
import { EXIT, Refusal } from "./io";
import type { CliTranslate } from "./i18n";
import { writeNew } from "./tracker-commands";

/** What the copy no longer holds, one line each, in plain words. */
export function publishLines(
  summary: PublishSummary,
  keepTags: boolean,
  t: CliTranslate
): string[] {
  const lines: string[] = [];
  const count = (n: number) => ({ count: String(n) });
  if (summary.reportPartsRemoved > 0)
    lines.push(t(keepTags ? "publishReportPartsWhole" : "publishReportParts"));
  if (summary.reportPartsCleaned > 0) lines.push(t("publishReportPartsCleaned"));
  if (summary.backupPartsRemoved > 0)
    lines.push(t("publishBackups", count(summary.backupPartsRemoved)));
  if (summary.tagsRemoved > 0) lines.push(t("publishTags", count(summary.tagsRemoved)));
  if (summary.trackerLinkRemoved) lines.push(t("publishTrackerLink"));
  if (summary.otherSettingsRemoved > 0)
    lines.push(t("publishSettings", count(summary.otherSettingsRemoved)));
  if (summary.commentsRemoved > 0) {
    const comments = t("publishComments", count(summary.commentsRemoved));
    lines.push(
      summary.repliesRemoved > 0
        ? t("publishReplies", { comments, ...count(summary.repliesRemoved) })
        : comments
    );
  }
  if (summary.authorsRemoved > 0) lines.push(t("publishAuthors", count(summary.authorsRemoved)));
  if (summary.reviewSheetsRemoved > 0)
    lines.push(t("publishReviewSheets", count(summary.reviewSheetsRemoved)));
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
        const { t } = io;
        const keepTags = options.keepTags ?? false;
        const bytes = await readInput(report, "a Word document");
        if ((await realTarget(out)) === (await realTarget(report)))
          throw new Refusal(t("publishReportItself", { out }));
        let copy;
        try {
          copy = await publishCopy(bytes, { keepTags });
        } catch (error) {
          if (error instanceof InputError)
            throw new InputError(`${report}: ${error.message}`, error.code, {
              ...error.values,
              file: report,
            });
          throw error;
        }
        await writeNew(out, copy.bytes, options.force, io);
        const { summary } = copy;
        if (options.json) {
          io.out(
            `${JSON.stringify({ report, output: out, keepTags, removed: removedAnything(summary), summary }, null, 2)}\n`
          );
        } else if (!removedAnything(summary)) {
          io.out(`${t("publishNothing", { report, out })}\n`);
        } else {
          const lines = publishLines(summary, keepTags, t).map((line) => `  - ${line}`);
          io.out(`${t("publishWrote", { out, report })}\n${lines.join("\n")}\n`);
          if (summary.commentsKept > 0)
            io.out(`${t("publishKept", { count: String(summary.commentsKept) })}\n`);
        }
        setExit(EXIT.ok);
      }
    );
};
