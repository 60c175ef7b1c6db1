import { formatMessage } from "../language/message";
import type { Language } from "../language";
import { LANGUAGES } from "../language";
import { ReportMetadata } from "../model/reportMetadata";

/**
 * What of the add-in's work stays private to the NPM when a report goes to
 * the authorities, decided once for the Word pane and `rectrack publish`,
 * and the texts the add-in writes into a report (so the publisher knows
 * them in every language the pane may have written them in).
 *
 * Review data: the reviewers' verdicts, notes and names, the review state
 * and the text as it was checked; the add-in's own Word comments and the
 * review sheet; and the add-in's document settings (the tracker's link).
 * Public: the report's details and each recommendation's tracker fields
 * (reference, addressee, theme, groups, priority, timeframe, deadline,
 * type, place), which are what the authorities read in the report anyway.
 */

/** The report metadata without the review data: what a published copy may keep with its tags. */
export function withoutReviewData(metadata: ReportMetadata): ReportMetadata {
  return {
    report: { ...metadata.report, places: [...metadata.report.places] },
    recommendations: metadata.recommendations.map((rec) => ({
      ...rec,
      groups: [...rec.groups],
      overrides: {},
      reviewState: "draft",
      checkedText: "",
    })),
  };
}

/** True when the metadata holds something withoutReviewData removes. */
export function hasReviewData(metadata: ReportMetadata): boolean {
  return metadata.recommendations.some(
    (rec) =>
      Object.keys(rec.overrides).length > 0 || rec.reviewState !== "draft" || rec.checkedText !== ""
  );
}

// ---------------------------------------------------------------------------
// Document settings

/** Every document setting of the add-in starts with this (Office.Settings, saved in the file). */
export const SETTING_PREFIX = "opcat-recommendation-tracker.";
/** The tracker a report is sent to, remembered for the next colleague. */
export const TRACKER_LINK_SETTING = `${SETTING_PREFIX}trackerLink`;

/** The add-in's settings are working data of the NPM: none of them belongs in a published copy. */
export function isAddinSetting(name: string): boolean {
  return name.startsWith(SETTING_PREFIX);
}

// ---------------------------------------------------------------------------
// Texts the add-in writes into a document

interface DocumentTexts {
  /** First line of the add-in's Word comment on a recommendation; {score} is 0 to 10. */
  commentIntro: string;
  /** The review sheet's Heading 1; the pane may add ": <report title>". */
  reviewSheetHeading: string;
}

/**
 * In the pane's language (Office's), which may differ from the report's:
 * the publisher therefore recognises all three.
 */
export const DOCUMENT_TEXTS: Record<Language, DocumentTexts> = {
  en: {
    commentIntro: "Double-SMART check: {score}/10.",
    reviewSheetHeading: "Double-SMART review sheet",
  },
  fr: {
    commentIntro: "Vérification Double-SMART : {score}/10.",
    reviewSheetHeading: "Fiche de relecture Double-SMART",
  },
  es: {
    commentIntro: "Revisión Double-SMART: {score}/10.",
    reviewSheetHeading: "Hoja de revisión Double-SMART",
  },
};

/** "Double-SMART check: 7/10." */
export function commentIntro(language: Language, score: number): string {
  return formatMessage(DOCUMENT_TEXTS[language].commentIntro, { score: String(score) }, language);
}

/** "Double-SMART review sheet", or "Double-SMART review sheet: <title>" when the report has a title. */
export function reviewSheetHeading(language: Language, title = ""): string {
  const heading = DOCUMENT_TEXTS[language].reviewSheetHeading;
  return title.trim() ? `${heading}: ${title.trim()}` : heading;
}

/** Word and other editors may turn spaces into no-break spaces (French punctuation) and trim. */
function normalise(text: string): string {
  return text.replace(/[\u00a0\u202f\s]+/g, " ").trim();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const INTROS = LANGUAGES.map(
  (language) =>
    new RegExp(
      "^" +
        escapeRegExp(normalise(DOCUMENT_TEXTS[language].commentIntro)).replace(
          escapeRegExp("{score}"),
          "(?:10|[0-9])"
        ) +
        "(?:\\s|$)"
    )
);

/** True for the text of a comment the add-in wrote ("Add findings as Word comments"), whatever the pane's language. */
export function isAddinComment(text: string): boolean {
  const plain = normalise(text);
  return INTROS.some((intro) => intro.test(plain));
}

/** True for the text of the review sheet's heading, in any of the pane's languages, with or without the title. */
export function isReviewSheetHeading(text: string): boolean {
  const plain = normalise(text);
  return LANGUAGES.some((language) => {
    const heading = normalise(DOCUMENT_TEXTS[language].reviewSheetHeading);
    return plain === heading || plain.startsWith(`${heading}:`);
  });
}
