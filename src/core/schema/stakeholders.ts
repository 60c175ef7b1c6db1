/**
 * Stakeholder analysis as data: the Stakeholders table (one row per actor
 * around the recommendations: a ministry, parliament, a head of
 * institution, an NGO, the media, families, an oversight body...), the
 * power/interest grid that counts them, and the one decision of which
 * quadrant an actor is in and what approach the guidance suggests there.
 * Every surface (the sheets a tracker holds, the Excel pane's view of a
 * recommendation's actors, `rectrack stats`) takes the quadrant from
 * `quadrantOf` and its words from QUADRANTS.
 */
import { columnLetter, LAST_ROW, tableColumnRef } from "./a1";
import { ownColumn, type OwnColumnDef } from "./columns";
import type { ChartPlan, Language, SheetPlan, TableColumnPlan, ValidationPlan } from "./plan";
import { PLAN_TEXTS, type PlanTexts } from "./texts";
import { VOCABULARIES, type Labels, type VocabularyKey } from "./vocabularies";

export const STAKEHOLDERS_TABLE = "Stakeholders";
/** 1-based row of the Stakeholders table's header (a title and a note above it). */
export const STAKEHOLDERS_HEADER_ROW = 4;

export type StakeholderKey = "actor" | "kind" | "power" | "interest" | "stance" | "links" | "notes";

export type StakeholderColumnDef = OwnColumnDef<StakeholderKey>;

const s = ownColumn<StakeholderKey>;

/** The Stakeholders table's columns, in the order a new table has. */
export const STAKEHOLDER_COLUMNS: readonly StakeholderColumnDef[] = [
  s("actor", "text", "Actor", "Acteur", "Actor", 30),
  s("kind", "list", "Type of actor", "Type d'acteur", "Tipo de actor", 22, "stakeholderKind"),
  s("power", "list", "Power", "Pouvoir", "Poder", 11, "level"),
  s("interest", "list", "Interest", "Intérêt", "Interés", 11, "level"),
  s("stance", "list", "Stance", "Position", "Postura", 13, "stance"),
  s(
    "links",
    "text",
    "Linked recommendations or themes",
    "Recommandations ou thèmes liés",
    "Recomendaciones o temas vinculados",
    34
  ),
  s("notes", "longText", "Notes", "Notes", "Notas", 40),
];

export const STAKEHOLDER_KEYS: readonly StakeholderKey[] = STAKEHOLDER_COLUMNS.map((c) => c.key);

export function stakeholderHeader(key: StakeholderKey, language: Language): string {
  return (STAKEHOLDER_COLUMNS.find((column) => column.key === key) as StakeholderColumnDef).headers[
    language
  ];
}

export type Level = "low" | "medium" | "high";
export const LEVELS: readonly Level[] = ["low", "medium", "high"];

export type Quadrant = "manageClosely" | "keepSatisfied" | "keepInformed" | "monitor";
/** In the order the grid sheet and the pane list them: who can decide first. */
export const QUADRANT_ORDER: readonly Quadrant[] = [
  "manageClosely",
  "keepSatisfied",
  "keepInformed",
  "monitor",
];

/**
 * Medium counts as high: an actor with some power or some interest is one
 * to engage, not only to watch (the grid sheet's note says so).
 */
export function isHigh(level: Level): boolean {
  return level !== "low";
}

/** The quadrant of an actor of this power and interest; null when either is not set. */
export function quadrantOf(power: Level | null, interest: Level | null): Quadrant | null {
  if (!power || !interest) return null;
  if (isHigh(power)) return isHigh(interest) ? "manageClosely" : "keepSatisfied";
  return isHigh(interest) ? "keepInformed" : "monitor";
}

/** A quadrant's name and the approach the guidance suggests, in each tracker language. */
export const QUADRANTS: Record<Quadrant, { name: Labels; approach: Labels }> = {
  manageClosely: {
    name: { en: "Manage closely", fr: "Gérer de près", es: "Gestionar de cerca" },
    approach: {
      en: "Can decide and cares: involve them closely, with regular meetings and shared plans and drafts.",
      fr: "Peut décider et s'y intéresse : associez-le de près, par des réunions régulières et le partage des plans et projets.",
      es: "Puede decidir y le interesa: involúcrelo de cerca, con reuniones periódicas y compartiendo planes y borradores.",
    },
  },
  keepSatisfied: {
    name: {
      en: "Keep satisfied and persuade",
      fr: "Satisfaire et convaincre",
      es: "Mantener satisfecho y persuadir",
    },
    approach: {
      en: "Has power but little interest: persuade them (meetings with the key people, advocacy with parliament, the media) and keep them satisfied.",
      fr: "A du pouvoir mais peu d'intérêt : convainquez-le (rencontres avec les personnes clés, plaidoyer auprès du parlement, médias) et gardez-le satisfait.",
      es: "Tiene poder pero poco interés: persuádalo (reuniones con las personas clave, incidencia ante el parlamento, los medios) y manténgalo satisfecho.",
    },
  },
  keepInformed: {
    name: {
      en: "Keep informed and build coalitions",
      fr: "Informer et bâtir des alliances",
      es: "Mantener informado y crear alianzas",
    },
    approach: {
      en: "Cares but has little power: keep them informed and build coalitions with them to move those who decide.",
      fr: "S'y intéresse mais a peu de pouvoir : tenez-le informé et bâtissez des alliances avec lui pour faire bouger ceux qui décident.",
      es: "Le interesa pero tiene poco poder: manténgalo informado y cree alianzas con él para mover a quienes deciden.",
    },
  },
  monitor: {
    name: { en: "Monitor", fr: "Surveiller", es: "Vigilar" },
    approach: {
      en: "Little power and little interest: monitor, with little effort, and watch for a change.",
      fr: "Peu de pouvoir et peu d'intérêt : surveillez, sans y consacrer beaucoup d'effort, et guettez un changement.",
      es: "Poco poder y poco interés: vigile, con poco esfuerzo, y esté atento a un cambio.",
    },
  },
};

/** Words of the two sheets beyond the headers, per language. */
export interface StakeholderTexts {
  title: string;
  note: string;
  gridTitle: string;
  gridNote: string;
  /** The grid's corner cell, and the prefixes of its row and column labels. */
  gridCorner: string;
  power: string;
  interest: string;
  quadrant: string;
  actors: string;
  approach: string;
  mediumOrHigh: string;
  notPlaced: string;
  chartTitle: string;
}

export const STAKEHOLDER_TEXTS: Record<Language, StakeholderTexts> = {
  en: {
    title: "Stakeholders",
    note: "One row per actor who matters for the recommendations. Link an actor to recommendations by their Rec IDs, or to themes, separated by “;”.",
    gridTitle: "Power-interest grid",
    gridNote:
      "Counted from the Stakeholders sheet, as you edit it. In the quadrants, medium counts as high: an actor with some power or some interest is one to engage.",
    gridCorner: "Power \\ Interest",
    power: "Power",
    interest: "Interest",
    quadrant: "Quadrant",
    actors: "Actors",
    approach: "Suggested approach",
    mediumOrHigh: "medium or high",
    notPlaced: "Not placed (power or interest not set)",
    chartTitle: "Actors by power and interest",
  },
  fr: {
    title: "Acteurs",
    note: "Une ligne par acteur qui compte pour les recommandations. Reliez un acteur à des recommandations par leur ID rec., ou à des thèmes, séparés par « ; ».",
    gridTitle: "Grille pouvoir-intérêt",
    gridNote:
      "Compté à partir de la feuille des acteurs, au fil de vos modifications. Dans les quadrants, moyen compte comme élevé : un acteur qui a un peu de pouvoir ou d'intérêt est à mobiliser.",
    gridCorner: "Pouvoir \\ Intérêt",
    power: "Pouvoir",
    interest: "Intérêt",
    quadrant: "Quadrant",
    actors: "Acteurs",
    approach: "Approche suggérée",
    mediumOrHigh: "moyen ou élevé",
    notPlaced: "Non placés (pouvoir ou intérêt non renseigné)",
    chartTitle: "Acteurs par pouvoir et intérêt",
  },
  es: {
    title: "Actores",
    note: "Una fila por actor relevante para las recomendaciones. Vincule un actor a recomendaciones por su ID rec., o a temas, separados por «;».",
    gridTitle: "Matriz poder-interés",
    gridNote:
      "Contado a partir de la hoja de actores, a medida que la edita. En los cuadrantes, medio cuenta como alto: un actor con algo de poder o de interés es uno a movilizar.",
    gridCorner: "Poder \\ Interés",
    power: "Poder",
    interest: "Interés",
    quadrant: "Cuadrante",
    actors: "Actores",
    approach: "Enfoque sugerido",
    mediumOrHigh: "medio o alto",
    notPlaced: "Sin ubicar (poder o interés sin indicar)",
    chartTitle: "Actores por poder e interés",
  },
};

export const STAKEHOLDER_CHART_KEY = "stakeholderGrid";

function levelLabel(level: Level, language: Language): string {
  return VOCABULARIES.level.values.find((value) => value.key === level)?.labels[language] as string;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A rule of a list no Lists table holds: its values written in the rule (an upgrade adds the sheet and nothing else). */
function listRule(
  column: StakeholderColumnDef,
  range: string,
  language: Language,
  texts: PlanTexts
): ValidationPlan {
  const vocab = VOCABULARIES[column.vocabulary as VocabularyKey];
  return {
    type: "list",
    range,
    tableColumn: { table: STAKEHOLDERS_TABLE, columnKey: column.key },
    source: vocab.values.map((value) => value.labels[language].replace(/,/g, " ")).join(","),
    allowBlank: true,
    errorStyle: vocab.extendable ? "warning" : "stop",
    errorTitle: column.headers[language],
    errorMessage: texts.notInList,
    promptTitle: column.headers[language],
    prompt: texts.pickFromList,
  };
}

/** The Stakeholders sheet: a title, a note, the table (empty in a new tracker). */
export function stakeholdersSheet(language: Language, name: string): SheetPlan {
  const texts = PLAN_TEXTS[language];
  const t = STAKEHOLDER_TEXTS[language];
  const columns: TableColumnPlan[] = STAKEHOLDER_COLUMNS.map((column) => ({
    key: column.key,
    header: column.headers[language],
    numberFormat: "@",
    wrap: column.kind === "longText" || undefined,
  }));
  const letter = columnLetter;
  const first = STAKEHOLDERS_HEADER_ROW + 1;
  const validations = STAKEHOLDER_COLUMNS.flatMap((column, index) =>
    column.vocabulary
      ? [listRule(column, `${letter(index)}${first}:${letter(index)}${LAST_ROW}`, language, texts)]
      : []
  );
  return {
    key: "stakeholders",
    name,
    tables: [
      {
        name: STAKEHOLDERS_TABLE,
        anchor: `A${STAKEHOLDERS_HEADER_ROW}`,
        columns,
        rows: [],
        style: "TableStyleLight11",
      },
    ],
    cells: [
      { address: "A1", value: t.title, style: { bold: true, fontSize: 14 } },
      { address: "A2", value: t.note, style: { italic: true } },
    ],
    columnWidths: STAKEHOLDER_COLUMNS.map((column, index) => ({
      column: letter(index),
      width: column.width,
    })),
    freeze: { rows: STAKEHOLDERS_HEADER_ROW, columns: 0 },
    validations,
    conditionalFormats: [],
    charts: [],
    tabColor: "#375623",
    print: {
      orientation: "landscape",
      fitToWidth: true,
      titleRows: { first: STAKEHOLDERS_HEADER_ROW, last: STAKEHOLDERS_HEADER_ROW },
    },
  };
}

/** Where the grid sheet puts things: the 3x3 counts (power down, interest across), the quadrant table, the chart. */
export const GRID_LAYOUT = {
  /** Header row of the counts; power levels below it in LEVELS order. */
  countsHeaderRow: 4,
  quadrantHeaderRow: 10,
  chartFrom: "A17",
  chartTo: "E38",
} as const;

/** The counts' cell of one power and interest level (A1, on the grid sheet). */
export function gridCell(power: Level, interest: Level): string {
  return `${columnLetter(1 + LEVELS.indexOf(interest))}${GRID_LAYOUT.countsHeaderRow + 1 + LEVELS.indexOf(power)}`;
}

/**
 * The power/interest grid sheet: a 3x3 table of COUNTIFS over the
 * Stakeholders table (so it follows every edit), the four quadrants each
 * with the sum of its cells (as quadrantOf places them) and its approach,
 * and a column chart of the counts.
 */
export function stakeholderGridSheet(language: Language, name: string): SheetPlan {
  const t = STAKEHOLDER_TEXTS[language];
  const ref = (key: StakeholderKey) =>
    tableColumnRef(STAKEHOLDERS_TABLE, stakeholderHeader(key, language));
  const top = GRID_LAYOUT.countsHeaderRow;
  const lower = (text: string) => text.toLocaleLowerCase(language);
  const cells: SheetPlan["cells"] = [
    { address: "A1", value: t.gridTitle, style: { bold: true, fontSize: 14 } },
    { address: "A2", value: t.gridNote, style: { italic: true } },
    { address: `A${top}`, value: t.gridCorner, style: { bold: true } },
  ];
  LEVELS.forEach((level, i) => {
    cells.push({
      address: `${columnLetter(1 + i)}${top}`,
      value: `${t.interest}: ${lower(levelLabel(level, language))}`,
      style: { bold: true, horizontalAlignment: "center" },
    });
    cells.push({
      address: `A${top + 1 + i}`,
      value: `${t.power}: ${lower(levelLabel(level, language))}`,
      style: { bold: true },
    });
  });
  for (const power of LEVELS)
    for (const interest of LEVELS)
      cells.push({
        address: gridCell(power, interest),
        formula: `=COUNTIFS(${ref("power")},${quote(levelLabel(power, language))},${ref("interest")},${quote(levelLabel(interest, language))})`,
        numberFormat: "0",
        style: { horizontalAlignment: "center" },
      });
  const q = GRID_LAYOUT.quadrantHeaderRow;
  [t.quadrant, t.power, t.interest, t.actors, t.approach].forEach((label, i) =>
    cells.push({
      address: `${columnLetter(i)}${q}`,
      value: label,
      style: { bold: true, fill: "#E2EFDA" },
    })
  );
  const range = (high: boolean) => (high ? t.mediumOrHigh : lower(levelLabel("low", language)));
  QUADRANT_ORDER.forEach((quadrant, i) => {
    const row = q + 1 + i;
    const members = LEVELS.flatMap((power) =>
      LEVELS.filter((interest) => quadrantOf(power, interest) === quadrant).map((interest) => ({
        power,
        interest,
      }))
    );
    const high = {
      power: members.every((member) => isHigh(member.power)),
      interest: members.every((member) => isHigh(member.interest)),
    };
    cells.push(
      { address: `A${row}`, value: QUADRANTS[quadrant].name[language], style: { bold: true } },
      { address: `B${row}`, value: range(high.power) },
      { address: `C${row}`, value: range(high.interest) },
      {
        address: `D${row}`,
        formula: `=${members.map((m) => gridCell(m.power, m.interest)).join("+")}`,
        numberFormat: "0",
        style: { horizontalAlignment: "center" },
      },
      { address: `E${row}`, value: QUADRANTS[quadrant].approach[language] }
    );
  });
  const notPlacedRow = q + 1 + QUADRANT_ORDER.length;
  cells.push(
    { address: `A${notPlacedRow}`, value: t.notPlaced, style: { italic: true } },
    {
      address: `D${notPlacedRow}`,
      formula: `=COUNTIFS(${ref("actor")},"<>")-SUM(${gridCell("low", "low")}:${gridCell("high", "high")})`,
      numberFormat: "0",
      style: { horizontalAlignment: "center" },
    }
  );
  const chart: ChartPlan = {
    key: STAKEHOLDER_CHART_KEY,
    title: t.chartTitle,
    type: "columnClustered",
    dataRange: `A${top}:D${top + LEVELS.length}`,
    seriesBy: "columns",
    from: GRID_LAYOUT.chartFrom,
    to: GRID_LAYOUT.chartTo,
    legend: true,
    reverseCategories: false,
  };
  return {
    key: "stakeholderGrid",
    name,
    tables: [],
    cells,
    columnWidths: [
      { column: "A", width: 36 },
      { column: "B", width: 18 },
      { column: "C", width: 18 },
      { column: "D", width: 18 },
      { column: "E", width: 60 },
    ],
    freeze: null,
    validations: [],
    conditionalFormats: [],
    charts: [chart],
    tabColor: "#375623",
    print: { orientation: "landscape", fitToWidth: true },
  };
}
