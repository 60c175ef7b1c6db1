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

const W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
const W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
const W16CID = "http://schemas.microsoft.com/office/word/2016/wordml/cid";
const W16CEX = "http://schemas.microsoft.com/office/word/2018/wordml/cex";
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const WE = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const WETP = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
const DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

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

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

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
  const language = options.language ?? "en";
  const metadata = reviewedMetadata();
  const kept = comments(language).filter((c) => review || !c.review);
  const rels: [string, string, string][] = [
    ["rIdStyles", `${REL}/styles`, "styles.xml"],
    ["rIdFootnotes", `${REL}/footnotes`, "footnotes.xml"],
    ["rIdComments", `${REL}/comments`, "comments.xml"],
    [
      "rIdCommentsEx",
      "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
      "commentsExtended.xml",
    ],
    [
      "rIdCommentsIds",
      "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
      "commentsIds.xml",
    ],
    [
      "rIdCommentsExt",
      "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
      "commentsExtensible.xml",
    ],
    ["rIdPeople", "http://schemas.microsoft.com/office/2011/relationships/people", "people.xml"],
  ];
  if (review || options.tags) rels.push(["rIdItem1", `${REL}/customXml`, "../customXml/item1.xml"]);
  if (review) rels.push(["rIdItem2", `${REL}/customXml`, "../customXml/item2.xml"]);
  rels.push(["rIdItem3", `${REL}/customXml`, "../customXml/item3.xml"]);

  const overrides: [string, string][] = [
    [
      "/word/document.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    ],
    [
      "/word/styles.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
    ],
    [
      "/word/footnotes.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
    ],
    [
      "/word/comments.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
    ],
    [
      "/word/commentsExtended.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml",
    ],
    [
      "/word/commentsIds.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsIds+xml",
    ],
    [
      "/word/commentsExtensible.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtensible+xml",
    ],
    [
      "/word/people.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml",
    ],
  ];
  const props = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
  if (review || options.tags) overrides.push(["/customXml/itemProps1.xml", props]);
  if (review) overrides.push(["/customXml/itemProps2.xml", props]);
  overrides.push(
    ["/customXml/itemProps3.xml", props],
    ["/word/webextensions/taskpanes.xml", "application/vnd.ms-office.webextensiontaskpanes+xml"],
    ["/word/webextensions/webextension1.xml", "application/vnd.ms-office.webextension+xml"]
  );

  const itemProps = (guid: string) =>
    `${DECL}<ds:datastoreItem ds:itemID="{${guid}}" xmlns:ds="${DS}"><ds:schemaRefs/></ds:datastoreItem>`;
  const itemRels = (n: number) =>
    `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps${n}.xml"/></Relationships>`;
  const parts: Record<string, string> = {
    "[Content_Types].xml": `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides
      .map(([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`)
      .join("")}</Types>`,
    "_rels/.rels": `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="word/webextensions/taskpanes.xml"/></Relationships>`,
    "word/_rels/document.xml.rels": `${DECL}<Relationships xmlns="${PKG_REL}">${rels
      .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
      .join("")}</Relationships>`,
    "word/comments.xml": `${DECL}<w:comments xmlns:w="${W}" xmlns:w14="${W14}">${kept
      .map(
        (c) =>
          `<w:comment w:id="${c.id}" w:author="${esc(c.author)}" w:date="2026-03-20T10:00:00Z" w:initials="${c.author
            .split(" ")
            .map((p) => p[0])
            .join("")}">${c.lines
            .map(
              (line, k) =>
                `<w:p w14:paraId="${k === c.lines.length - 1 ? c.paraId : `0C0C0C${c.id}${k}`}" w14:textId="77777777"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>${k === 0 ? '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>' : ""}<w:r><w:t xml:space="preserve">${esc(line)}</w:t></w:r></w:p>`
            )
            .join("")}</w:comment>`
      )
      .join("")}</w:comments>`,
    "word/commentsExtended.xml": `${DECL}<w15:commentsEx xmlns:w15="${W15}">${kept
      .map(
        (c) =>
          `<w15:commentEx w15:paraId="${c.paraId}"${c.parent ? ` w15:paraIdParent="${c.parent}"` : ""} w15:done="0"/>`
      )
      .join("")}</w15:commentsEx>`,
    "word/commentsIds.xml": `${DECL}<w16cid:commentsIds xmlns:w16cid="${W16CID}">${kept
      .map(
        (c) => `<w16cid:commentId w16cid:paraId="${c.paraId}" w16cid:durableId="${c.durableId}"/>`
      )
      .join("")}</w16cid:commentsIds>`,
    "word/commentsExtensible.xml": `${DECL}<w16cex:commentsExtensible xmlns:w16cex="${W16CEX}">${kept
      .map(
        (c) =>
          `<w16cex:commentExtensible w16cex:durableId="${c.durableId}" w16cex:dateUtc="2026-03-20T10:00:00Z"/>`
      )
      .join("")}</w16cex:commentsExtensible>`,
    "word/people.xml": `${DECL}<w15:people xmlns:w15="${W15}">${[REVIEWER, COLLEAGUE]
      .filter((name) => review || name !== REVIEWER || options.reviewerEdits)
      .map(
        (name) =>
          `<w15:person w15:author="${name}"><w15:presenceInfo w15:providerId="AD" w15:userId="S::${name.split(" ")[0].toLowerCase()}@npm.example.org::0000"/></w15:person>`
      )
      .join("")}</w15:people>`,
    "word/webextensions/taskpanes.xml": `${DECL}<wetp:taskpanes xmlns:wetp="${WETP}"><wetp:taskpane dockstate="right" visibility="0" width="350" row="0"><wetp:webextensionref xmlns:r="${REL}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`,
    "word/webextensions/_rels/taskpanes.xml.rels": `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>`,
    "word/webextensions/webextension1.xml": `${DECL}<we:webextension xmlns:we="${WE}" id="{52811C31-4593-43B8-A697-EB873422D156}"><we:reference id="05c2e1c9-3e1d-406e-9a91-e9ac64854143" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties>${review ? `<we:property name="${TRACKER_LINK_SETTING}" value="${esc(JSON.stringify(TRACKER_LINK))}"/>` : ""}<we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/></we:properties><we:bindings/><we:snapshot xmlns:r="${REL}"/></we:webextension>`,
    "customXml/item3.xml": `<?xml version="1.0" encoding="UTF-8"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="/APA.XSL"/>`,
    "customXml/itemProps3.xml": itemProps("6C3C8BC8-F283-45AE-878A-BAB7291924A1"),
    "customXml/_rels/item3.xml.rels": itemRels(3),
  };
  if (review) {
    parts["customXml/item1.xml"] = serializeReportMetadata(metadata);
    parts["customXml/itemProps1.xml"] = itemProps("0B1C2D3E-0000-4000-8000-000000000001");
    parts["customXml/_rels/item1.xml.rels"] = itemRels(1);
    parts["customXml/item2.xml"] = serializeBackup(
      serializeReportMetadata(metadata).replace('version="1"', 'version="7"'),
      "2026-03-19T08:00:00.000Z"
    );
    parts["customXml/itemProps2.xml"] = itemProps("0B1C2D3E-0000-4000-8000-000000000002");
    parts["customXml/_rels/item2.xml.rels"] = itemRels(2);
  } else if (options.tags) {
    parts["customXml/item1.xml"] = serializeReportMetadata(withoutReviewData(metadata));
    parts["customXml/itemProps1.xml"] = itemProps("0B1C2D3E-0000-4000-8000-000000000001");
    parts["customXml/_rels/item1.xml.rels"] = itemRels(1);
  }
  return buildDocx({
    blocks: body(options),
    footnotes: [["A footnote naming the source of the figures."]],
    override: parts,
  });
}
