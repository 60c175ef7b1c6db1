/**
 * A report as the Word pane leaves it after a review, as a real .docx
 * (built with ./docx), holding every kind of review data the add-in writes:
 * the report's Custom XML part (with verdict overrides, notes, reviewers'
 * names, review states and checked texts) and a backup part, each with its
 * properties part, relationships and content types; opcat-rec: content
 * controls (block, inline, in a table cell, nested in and around ordinary
 * controls); the tracker link in the add-in's settings; the add-in's Word
 * comments with a colleague's reply, their range marks, reference runs and
 * entries in commentsExtended / commentsIds / commentsExtensible and the
 * people part; and the review sheet at the end of the body. Beside them,
 * what is not review data: ordinary content controls, a colleague's own
 * comment, a footnote, another Custom XML part and another add-in setting.
 *
 *   reviewedReport({ review: true })   the report as reviewed
 *   reviewedReport({ review: false })  the same report as it should be published
 *   reviewedReport({ review: false, tags: true })  published keeping the tags
 *
 * Every part is written from the same lists, with the review data left out
 * where asked, so a published copy can be compared part by part.
 */
import {
  ReportMetadata,
  emptyReportMetadata,
  newRecommendationMeta,
  serializeBackup,
  serializeReportMetadata,
  tagOf,
} from "../../src/core/model/reportMetadata";
import {
  TRACKER_LINK_SETTING,
  commentIntro,
  reviewSheetHeading,
  withoutReviewData,
} from "../../src/core/review/publication";
import type { Language } from "../../src/core/language";
import { Block, Inline, buildDocx, control, heading, para, table } from "./docx";
import {
  CONTENT_TYPES,
  DECL,
  NS,
  REL_TYPES,
  TASKPANES,
  commentXml,
  commentsExtendedXml,
  commentsXml,
  contentTypesXml,
  esc,
  itemPropsXml,
  itemRelsXml,
  relationshipsXml,
  webExtensionXml,
} from "./ooxmlParts";

export interface ReviewedReportOptions {
  /** Include the review data (the report as the pane leaves it). */
  review: boolean;
  /** Keep the recommendation tags and the report part without its review data (what --keep-tags gives). */
  tags?: boolean;
  /** The pane's language when it wrote the comments and the review sheet. */
  language?: Language;
  /** The reviewer also made a tracked change: their name stays among the people. */
  reviewerEdits?: boolean;
}

export const RECOMMENDATIONS = [
  {
    id: "recA0000001",
    text: "The Ministry of Justice should install ventilation in all cells by June 2027.",
  },
  {
    id: "recB0000002",
    text: "The director should reduce occupancy to the official capacity within six months.",
  },
  {
    id: "recC0000003",
    text: "The authorities should review every placement in solitary confinement every three months.",
  },
  { id: "recD0000004", text: "The Ministry of Health should appoint a psychiatrist." },
  { id: "recE0000005", text: "The police should record every detention in a register." },
];

export const REVIEWER = "Ana Reviewer";
export const COLLEAGUE = "Ben Colleague";
export const TRACKER_LINK = "https://contoso.sharepoint.com/:x:/s/npm/EAbCdEfG";
export const OTHER_COMMENT = "Is this the right figure for the ventilation?";
export const REPLY = "Agreed, the deadline is missing in the French version.";
const NOTE = "The ministry is named in the paragraph above.";

export function reviewedMetadata(): ReportMetadata {
  const metadata = emptyReportMetadata();
  metadata.report = {
    ...metadata.report,
    id: "rep0000000001",
    title: "Visit to Riverside Detention Centre",
    type: "visit",
    date: "2026-03-12",
    places: ["Riverside Detention Centre"],
    link: "https://npm.example.org/reports/riverside",
  };
  metadata.recommendations = RECOMMENDATIONS.map((r, i) =>
    newRecommendationMeta(r.id, {
      ref: String(i + 1),
      addressee: "Ministry of Justice",
      theme: "Material conditions",
      groups: ["Adults"],
      priority: "high",
      deadline: "2027-06-30",
      reviewState: i === 0 ? "approved" : "reviewed",
      checkedText: r.text,
    })
  );
  metadata.recommendations[0].overrides.targeted = {
    verdict: "met",
    note: NOTE,
    reviewer: REVIEWER,
    at: "2026-03-20T10:00:00.000Z",
  };
  metadata.recommendations[1].overrides.timebound = {
    verdict: "not_met",
    note: "Say by when.",
    reviewer: COLLEAGUE,
    at: "2026-03-21T09:30:00.000Z",
  };
  return metadata;
}

interface CommentSpec {
  id: number;
  author: string;
  paraId: string;
  durableId: string;
  lines: string[];
  parent?: string;
  /** Written by the add-in (or a reply to it): review data. */
  review: boolean;
}

function comments(language: Language): CommentSpec[] {
  return [
    {
      id: 0,
      author: REVIEWER,
      paraId: "1A2B3C40",
      durableId: "5D6E7F01",
      lines: [commentIntro(language, 6), "Time-bound: Not met. Give a date."],
      review: true,
    },
    {
      id: 1,
      author: COLLEAGUE,
      paraId: "1A2B3C41",
      durableId: "5D6E7F02",
      lines: [OTHER_COMMENT],
      review: false,
    },
    {
      id: 2,
      author: COLLEAGUE,
      paraId: "1A2B3C42",
      durableId: "5D6E7F03",
      lines: [REPLY],
      parent: "1A2B3C40",
      review: true,
    },
    {
      id: 3,
      author: REVIEWER,
      paraId: "1A2B3C43",
      durableId: "5D6E7F04",
      lines: [commentIntro(language, 9)],
      review: true,
    },
  ];
}

const start = (id: number): Inline => ({ raw: `<w:commentRangeStart w:id="${id}"/>` });
const end = (id: number): Inline => ({
  raw: `<w:commentRangeEnd w:id="${id}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`,
});

/** The body, with the review data where `review`, and the tags where `review || tags`. */
function body(options: ReviewedReportOptions): Block[] {
  const { review } = options;
  const tags = review || !!options.tags;
  const language = options.language ?? "en";
  const mark = (id: number): Inline[] => (review ? [start(id)] : []);
  const endMark = (id: number): Inline[] => (review ? [end(id)] : []);
  const ours = (id: string, blocks: Block[]): Block[] =>
    tags ? [control(tagOf(id), blocks)] : blocks;
  const oursInline = (id: string, content: Inline[]): Inline[] =>
    tags ? [{ control: tagOf(id), content }] : content;
  const edited: Inline[] = options.reviewerEdits
    ? [
        {
          raw: `<w:ins w:id="90" w:author="${REVIEWER}" w:date="2026-03-20T10:05:00Z"><w:r><w:t xml:space="preserve"> (revised)</w:t></w:r></w:ins>`,
        },
      ]
    : [];
  const blocks: Block[] = [
    para("Report on the visit to Riverside Detention Centre", { style: "Title" }),
    control("cover-date", [para("12 March 2026")]),
    heading(1, "Recommendations"),
    para([start(1), "The cells lacked ventilation and daylight.", end(1), ...edited]),
    ...ours(RECOMMENDATIONS[0].id, [
      para([...mark(0), ...mark(2), RECOMMENDATIONS[0].text, ...endMark(0), ...endMark(2)]),
    ]),
    para([
      "Several dormitories held twice their capacity. ",
      ...mark(3),
      ...oursInline(RECOMMENDATIONS[1].id, [RECOMMENDATIONS[1].text]),
      ...endMark(3),
    ]),
    ...ours(RECOMMENDATIONS[2].id, [
      // An ordinary control (a glossary term) inside ours.
      para([
        "The authorities should review every placement in ",
        { control: "term", content: ["solitary confinement"] },
        " every three months.",
      ]),
    ]),
    control("section-box", ours(RECOMMENDATIONS[3].id, [para(RECOMMENDATIONS[3].text)])),
    table([
      ["No.", "Recommendation"],
      ["5", ours(RECOMMENDATIONS[4].id, [para(RECOMMENDATIONS[4].text)])],
    ]),
    para(["Closing remarks of the delegation.", { footnote: 1 }]),
  ];
  if (review)
    blocks.push(
      heading(1, reviewSheetHeading(language, "Visit to Riverside Detention Centre")),
      table([
        ["Ref.", "Recommendation", "Score", "Reviewers' notes"],
        ["1", RECOMMENDATIONS[0].text, "6/10", `Targeted: Met. ${NOTE} (${REVIEWER})`],
      ]),
      para("")
    );
  return blocks;
}

export async function reviewedReport(options: ReviewedReportOptions): Promise<Uint8Array> {
  const { review } = options;
  const withPart = review || !!options.tags;
  const language = options.language ?? "en";
  const metadata = reviewedMetadata();
  const kept = comments(language).filter((c) => review || !c.review);
  const rels: [string, string, string][] = [
    ["rIdStyles", `${NS.rel}/styles`, "styles.xml"],
    ["rIdFootnotes", `${NS.rel}/footnotes`, "footnotes.xml"],
    ["rIdComments", `${NS.rel}/comments`, "comments.xml"],
    ["rIdCommentsEx", REL_TYPES.commentsExtended, "commentsExtended.xml"],
    ["rIdCommentsIds", REL_TYPES.commentsIds, "commentsIds.xml"],
    ["rIdCommentsExt", REL_TYPES.commentsExtensible, "commentsExtensible.xml"],
    ["rIdPeople", REL_TYPES.people, "people.xml"],
  ];
  if (withPart) rels.push(["rIdItem1", `${NS.rel}/customXml`, "../customXml/item1.xml"]);
  if (review) rels.push(["rIdItem2", `${NS.rel}/customXml`, "../customXml/item2.xml"]);
  rels.push(["rIdItem3", `${NS.rel}/customXml`, "../customXml/item3.xml"]);

  const overrides: [string, string][] = (
    [
      "document",
      "styles",
      "footnotes",
      "comments",
      "commentsExtended",
      "commentsIds",
      "commentsExtensible",
      "people",
    ] as const
  ).map((part) => [`/word/${part}.xml`, CONTENT_TYPES[part]]);
  if (withPart) overrides.push(["/customXml/itemProps1.xml", CONTENT_TYPES.customXmlProps]);
  if (review) overrides.push(["/customXml/itemProps2.xml", CONTENT_TYPES.customXmlProps]);
  overrides.push(
    ["/customXml/itemProps3.xml", CONTENT_TYPES.customXmlProps],
    ["/word/webextensions/taskpanes.xml", CONTENT_TYPES.taskpanes],
    ["/word/webextensions/webextension1.xml", CONTENT_TYPES.webextension]
  );

  const settings: [string, unknown][] = [["Office.AutoShowTaskpaneWithDocument", true]];
  if (review) settings.unshift([TRACKER_LINK_SETTING, TRACKER_LINK]);
  const parts: Record<string, string> = {
    "[Content_Types].xml": contentTypesXml(overrides),
    "_rels/.rels": relationshipsXml([
      ["rId1", `${NS.rel}/officeDocument`, "word/document.xml"],
      ["rId2", REL_TYPES.taskpanes, "word/webextensions/taskpanes.xml"],
    ]),
    "word/_rels/document.xml.rels": relationshipsXml(rels),
    "word/comments.xml": commentsXml(
      kept.map((c) =>
        commentXml({
          id: c.id,
          author: c.author,
          lines: c.lines,
          paraIds: c.lines.map((_l, k) =>
            k === c.lines.length - 1 ? c.paraId : `0C0C0C${c.id}${k}`
          ),
          body: (line) => `<w:r><w:t xml:space="preserve">${esc(line)}</w:t></w:r>`,
        })
      )
    ),
    "word/commentsExtended.xml": commentsExtendedXml(kept),
    "word/commentsIds.xml": `${DECL}<w16cid:commentsIds xmlns:w16cid="${NS.w16cid}">${kept
      .map(
        (c) => `<w16cid:commentId w16cid:paraId="${c.paraId}" w16cid:durableId="${c.durableId}"/>`
      )
      .join("")}</w16cid:commentsIds>`,
    "word/commentsExtensible.xml": `${DECL}<w16cex:commentsExtensible xmlns:w16cex="${NS.w16cex}">${kept
      .map(
        (c) =>
          `<w16cex:commentExtensible w16cex:durableId="${c.durableId}" w16cex:dateUtc="2026-03-20T10:00:00Z"/>`
      )
      .join("")}</w16cex:commentsExtensible>`,
    "word/people.xml": `${DECL}<w15:people xmlns:w15="${NS.w15}">${[REVIEWER, COLLEAGUE]
      .filter((name) => review || name !== REVIEWER || options.reviewerEdits)
      .map(
        (name) =>
          `<w15:person w15:author="${name}"><w15:presenceInfo w15:providerId="AD" w15:userId="S::${name.split(" ")[0].toLowerCase()}@npm.example.org::0000"/></w15:person>`
      )
      .join("")}</w15:people>`,
    "word/webextensions/taskpanes.xml": TASKPANES.xml,
    "word/webextensions/_rels/taskpanes.xml.rels": TASKPANES.rels,
    "word/webextensions/webextension1.xml": webExtensionXml(settings),
    "customXml/item3.xml": `<?xml version="1.0" encoding="UTF-8"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="/APA.XSL"/>`,
    "customXml/itemProps3.xml": itemPropsXml("{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"),
    "customXml/_rels/item3.xml.rels": itemRelsXml(3),
  };
  if (withPart) {
    parts["customXml/item1.xml"] = serializeReportMetadata(
      review ? metadata : withoutReviewData(metadata)
    );
    parts["customXml/itemProps1.xml"] = itemPropsXml("{0B1C2D3E-0000-4000-8000-000000000001}");
    parts["customXml/_rels/item1.xml.rels"] = itemRelsXml(1);
  }
  if (review) {
    parts["customXml/item2.xml"] = serializeBackup(
      serializeReportMetadata(metadata).replace('version="1"', 'version="7"'),
      "2026-03-19T08:00:00.000Z"
    );
    parts["customXml/itemProps2.xml"] = itemPropsXml("{0B1C2D3E-0000-4000-8000-000000000002}");
    parts["customXml/_rels/item2.xml.rels"] = itemRelsXml(2);
  }
  return buildDocx({
    blocks: body(options),
    footnotes: [["A footnote naming the source of the figures."]],
    override: parts,
  });
}
