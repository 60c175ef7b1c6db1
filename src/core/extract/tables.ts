/**
 * Recommendations in tables: a column headed "Recommendation(s)" (with
 * optional number, addressee, timeframe, priority and status columns), each
 * bullet of a cell being one recommendation; or, inside a recommendations
 * chapter, a table without such a header, read row by row.
 */
import type { ReportParagraph } from "../model/report";
import type { AnyLanguage, Compiled } from "./compile";
import { deadlineIn } from "./details";
import { ownWords, record, unitContext, type Place, type Sink } from "./sink";
import { scoreText } from "./score";

export interface TableTools {
  lexicon: (p: ReportParagraph) => Compiled;
  structure: AnyLanguage;
  cleanRef: (label: string) => string | undefined;
  itemMarker: (p: ReportParagraph) => { item: boolean; offset: number; ref?: string };
}

function wordCount(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

function headingText(text: string): string {
  return text
    .replace(/\s*[:.]\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The lines of a cell: its paragraphs, and the "\n"-separated lines of a paragraph that holds typed bullets. */
interface Line {
  p: ReportParagraph;
  start: number;
  end: number;
  marker: boolean;
  ref?: string;
}

function cellLines(paragraphs: ReportParagraph[], tools: TableTools): Line[] {
  const out: Line[] = [];
  for (const p of paragraphs) {
    const text = p.text;
    const parts = text.split("\n");
    let at = 0;
    for (const part of parts) {
      const lead = part.length - part.trimStart().length;
      const trimmed = part.trim();
      if (trimmed !== "") {
        const probe: ReportParagraph = { ...p, text: part.slice(lead) };
        const marker =
          parts.length === 1
            ? tools.itemMarker(p)
            : tools.itemMarker({ ...probe, listLabel: null });
        const start =
          at + lead + (parts.length === 1 ? Math.max(0, marker.offset - lead) : marker.offset);
        out.push({
          p,
          start: Math.max(start, at + lead),
          end: at + part.trimEnd().length,
          marker: marker.item,
          ref: marker.ref,
        });
      }
      at += part.length + 1;
    }
  }
  return out;
}

/**
 * Reads a table. Returns false when it is not a recommendations table (the
 * caller then reads its cells as paragraphs).
 */
export function tableRecommendations(
  sink: Sink,
  cells: ReportParagraph[],
  place: Place,
  tools: TableTools
): boolean {
  const { report } = sink;
  const s = tools.structure;
  const grid = new Map<number, Map<number, ReportParagraph[]>>();
  for (const p of cells) {
    const cell = p.tableCell!;
    let row = grid.get(cell.row);
    if (!row) grid.set(cell.row, (row = new Map()));
    let list = row.get(cell.column);
    if (!list) row.set(cell.column, (list = []));
    list.push(p);
  }
  const rows = [...grid.keys()].sort((a, b) => a - b);
  const cellParagraphs = (r: number, col: number | undefined) =>
    col === undefined ? [] : (grid.get(r)?.get(col) ?? []).filter((p) => p.text.trim() !== "");
  const cellText = (r: number, col: number | undefined) =>
    cellParagraphs(r, col)
      .map((p) => p.text.trim())
      .join("\n");
  const headerOf = (r: number) =>
    [...(grid.get(r)?.entries() ?? [])].map(
      ([col, ps]) =>
        [
          col,
          headingText(
            ps
              .map((p) => p.text)
              .join(" ")
              .trim()
          ),
        ] as const
    );
  // The header is the first row, or the second under a title row ("Recommendations to ...").
  const headerAt = rows.slice(0, 3).find((r) => {
    const texts = headerOf(r).map(([, t]) => t);
    return texts.filter(Boolean).length >= 2 && texts.some((t) => s.columns.text.test(t));
  });
  const find = (re: RegExp): number | undefined =>
    headerAt === undefined ? undefined : headerOf(headerAt).find(([, t]) => re.test(t))?.[0];
  const textCol =
    find(s.plainTextColumn) ??
    (headerAt === undefined
      ? undefined
      : headerOf(headerAt).find(
          ([, t]) => s.columns.text.test(t) && !s.refOrStatusWord.test(t)
        )?.[0]);

  if (textCol !== undefined && headerAt !== undefined) {
    const refCol = find(s.columns.ref);
    const whoCol = find(s.columns.addressee);
    // "Responsible: Ministry of Justice": what the checker reads as naming who must act.
    const whoLabel = whoCol === undefined ? "" : cellText(headerAt, whoCol).replace(/\s*:\s*$/, "");
    const timeCol = find(s.columns.timeframe);
    const prioCol = find(s.columns.priority);
    const statusCol = find(s.columns.status);
    for (const r of rows.filter((r) => r > headerAt)) {
      const ps = cellParagraphs(r, textCol);
      if (ps.length === 0) continue;
      // A follow-up table: what is implemented is no longer a recommendation; the rest is repeated.
      const status = cellText(r, statusCol);
      if (status && s.implementedStatus.test(status.trim())) continue;
      const ref = tools.cleanRef(cellText(r, refCol));
      const who = cellText(r, whoCol).replace(/\n/g, "; ");
      const time = cellText(r, timeCol).replace(/\n/g, " ");
      const prio = cellText(r, prioCol);
      const lines = cellLines(ps, tools);
      const bulleted = lines.filter((l) => l.marker);
      // Several bullets in one cell are several recommendations; otherwise the cell is one.
      const units: { lines: Line[]; ref?: string }[] =
        bulleted.length >= 2 ? bulleted.map((l) => ({ lines: [l], ref: l.ref })) : [{ lines, ref }];
      for (const unit of units) {
        const first = unit.lines[0];
        const c = tools.lexicon(first.p);
        const text = unit.lines.map((l) => l.p.text.slice(l.start, l.end)).join("\n");
        if (wordCount(text) < 3) continue;
        const ctx = unitContext(report, place, { item: true, tableColumn: true });
        const scored = scoreText(c, ownWords(text), ctx);
        const single = unit.lines.length === 1;
        record(
          sink,
          c,
          first.p,
          single ? { start: first.start, end: first.end } : null,
          text,
          scored,
          {
            ref: unit.ref ?? (bulleted.length >= 2 ? undefined : ref),
            addressee: who || place.addressee,
            introduction: who ? `${whoLabel}: ${who}` : place.introduction,
            timeframe: time || undefined,
            deadline: time
              ? (deadlineIn(c, time) ?? (/\d/.test(time) ? time : undefined))
              : undefined,
            priority: prio || undefined,
            repeated: status ? true : undefined,
          }
        );
      }
    }
    return true;
  }
  if (place.section !== "recommendations") return false;
  // A table without a "Recommendation" header inside the chapter: the longest cell of each row.
  let any = false;
  for (const r of rows) {
    const row = grid.get(r)!;
    let best: number | undefined;
    for (const col of row.keys())
      if (best === undefined || cellText(r, col).length > cellText(r, best).length) best = col;
    if (best === undefined) continue;
    const text = cellText(r, best);
    if (wordCount(text) < 6) continue;
    const ps = cellParagraphs(r, best);
    const c = tools.lexicon(ps[0]);
    const scored = scoreText(c, ownWords(text), unitContext(report, place, { item: true }));
    let ref: string | undefined;
    for (const col of row.keys()) {
      const t = cellText(r, col);
      if (col !== best && /^\(?[A-Z]?\d{1,3}(?:\.\d+)*[.)]?$/.test(t)) ref = tools.cleanRef(t);
    }
    const lead = ps[0].text.length - ps[0].text.trimStart().length;
    const before = sink.out.length;
    record(
      sink,
      c,
      ps[0],
      ps.length === 1 ? { start: lead, end: lead + text.length } : null,
      text,
      scored,
      {
        ref,
        addressee: place.addressee,
        introduction: place.introduction,
      }
    );
    if (sink.out.length > before) any = true;
  }
  return any;
}
