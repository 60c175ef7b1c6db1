import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/rectrack";
import { REPORT_NAMESPACE, REC_TAG_PREFIX } from "../../src/core/model/reportMetadata";
import { readDocx } from "../../src/files/docx";
import { reviewedReport } from "../support/docxReview";
import { bufferIo } from "../support/cli-io";

async function run(args: string[]) {
  const io = bufferIo();
  const code = await main(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

let dir: string;
let report: string;
let reviewed: Uint8Array;
beforeAll(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), "rectrack-publish-"));
  report = join(dir, "Visit report.docx");
  reviewed = await reviewedReport({ review: true });
  await fs.writeFile(report, reviewed);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const tagged = (paragraphs: { contentControlTag?: string }[]) =>
  paragraphs.filter((p) => p.contentControlTag?.startsWith(REC_TAG_PREFIX)).length;

describe("rectrack publish", () => {
  it("writes a copy without the review data, says what it removed, and leaves the report as it was", async () => {
    const out = join(dir, "for publication.docx");
    const result = await run(["publish", report, out]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toBe(
      [
        `Wrote ${out}, a copy of ${report} without:`,
        "  - the review data saved by the add-in: the report's details, the reviewers' verdicts, notes and names, the review states",
        "  - 1 backup of damaged review data",
        "  - 5 recommendation tags (the text is unchanged)",
        "  - the link to the tracker workbook",
        "  - 2 comments of the Double-SMART check, with 1 reply to them",
        "  - 1 name left only by those comments, from the list of comment authors",
        "  - 1 review sheet",
        "Kept: 1 comment by other people; look at it before sending.",
        "",
      ].join("\n")
    );
    const copy = await readDocx(await fs.readFile(out));
    expect(copy.customXmlParts.filter((p) => p.namespace === REPORT_NAMESPACE)).toEqual([]);
    expect(tagged(copy.paragraphs)).toBe(0);
    expect(Buffer.from(await fs.readFile(report)).equals(Buffer.from(reviewed))).toBe(true);
  });

  it("never replaces an existing file unless told to, and never the report itself", async () => {
    const out = join(dir, "taken.docx");
    await fs.writeFile(out, "someone's file");
    const refused = await run(["publish", report, out]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toBe(
      `rectrack: ${out} already exists; choose another name or add --force to replace it.\n`
    );
    expect(await fs.readFile(out, "utf8")).toBe("someone's file");
    const forced = await run(["publish", report, out, "--force"]);
    expect(forced.code).toBe(0);
    expect((await readDocx(await fs.readFile(out))).paragraphs.length).toBeGreaterThan(5);

    const link = join(dir, "link to report.docx");
    await fs.symlink(report, link);
    for (const target of [report, link]) {
      const self = await run(["publish", report, target, "--force"]);
      expect(self.code).toBe(2);
      expect(self.stderr).toBe(
        `rectrack: ${target} is the report itself; give the copy another name (the report is never overwritten).\n`
      );
    }
    expect(Buffer.from(await fs.readFile(report)).equals(Buffer.from(reviewed))).toBe(true);
  });

  it("with --keep-tags keeps the tags and the tracking details, and --json says what went", async () => {
    const out = join(dir, "tagged copy.docx");
    const result = await run(["publish", report, out, "--keep-tags", "--json"]);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed).toMatchObject({
      report,
      output: out,
      keepTags: true,
      removed: true,
      summary: {
        reportPartsCleaned: 1,
        tagsRemoved: 0,
        commentsRemoved: 2,
        trackerLinkRemoved: true,
      },
    });
    const copy = await readDocx(await fs.readFile(out));
    const part = copy.customXmlParts.find((p) => p.namespace === REPORT_NAMESPACE)!;
    expect(part.xml).toContain('ref="1"');
    expect(part.xml).not.toContain("<override");
    expect(tagged(copy.paragraphs)).toBeGreaterThan(0);
  });

  it("says so when the report holds no review data", async () => {
    const clean = join(dir, "clean.docx");
    await fs.writeFile(clean, await reviewedReport({ review: false }));
    const out = join(dir, "clean copy.docx");
    const result = await run(["publish", clean, out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${clean} holds no review data: ${out} is the same report.\n`);
  });

  it("refuses what is not a Word document in one line, exit status 2, and writes nothing", async () => {
    const notWord = join(dir, "notes.docx");
    await fs.writeFile(notWord, "plain text, not a report");
    const out = join(dir, "never.docx");
    const result = await run(["publish", notWord, out]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`rectrack: ${notWord}: This file is not a Word document (.docx).\n`);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    await expect(fs.stat(out)).rejects.toThrow();

    const missing = await run(["publish", join(dir, "missing.docx"), out]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    expect(missing.stderr).toContain("does not exist");
    await expect(fs.stat(out)).rejects.toThrow();
  });
});
