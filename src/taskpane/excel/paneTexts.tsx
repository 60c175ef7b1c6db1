/** How the Excel pane words its state: busy actions, notices, list values, ids. */
import * as React from "react";
import { COLUMN_BY_KEY, type ColumnKey } from "../../core/schema/columns";
import { VOCABULARIES, vocabularyLabel, type VocabularyKey } from "../../core/schema/vocabularies";
import type { MetadataProblem } from "../../core/schema/customxml";
import type { Language } from "../../core/schema/plan";
import { Feature } from "../../office/excel";
import { type ShownNotice } from "../shared/Notices";
import { ExcelTranslate } from "./i18n";
import type { ExcelMessageKey } from "./i18n";
import { BusyAction, ImportDateSource, featureKey, metadataProblemKey, Notice } from "./state";

export const BUSY_KEYS: Record<BusyAction, ExcelMessageKey> = {
  read: "workingRead",
  apply: "workingApply",
  upgrade: "workingUpgrade",
  adopt: "workingAdopt",
  quality: "workingQuality",
  followUp: "workingFollowUp",
  figures: "workingFigures",
  record: "workingRecord",
  letter: "workingLetter",
  reply: "workingReply",
  select: "workingSelect",
  show: "workingShow",
  importRead: "workingImportRead",
  import: "workingImport",
  tidy: "workingTidy",
};

export const DATE_FROM_KEYS: Record<ImportDateSource, ExcelMessageKey> = {
  report: "importDateFromReport",
  word: "importDateFromWord",
  given: "importDateGiven",
  batch: "importDateFromBatch",
};

export const LANGUAGE_KEYS: Record<Language, ExcelMessageKey> = {
  en: "languageEn",
  fr: "languageFr",
  es: "languageEs",
};

export function featureList(features: readonly string[], t: ExcelTranslate): string {
  return features.map((feature) => t(featureKey(feature as Feature))).join("; ");
}

/** The tracker settings could not be read, and why, in the user's words (the Set up section and the notice after Create or Upgrade). */
export function metadataDamagedText(problem: MetadataProblem, t: ExcelTranslate): string {
  return t("metadataDamaged", { problem: t(metadataProblemKey(problem)) });
}

function noticeText(notice: Notice, t: ExcelTranslate): string {
  const values = { ...notice.values };
  if (notice.key === "skippedFeatures" && values.features)
    values.features = featureList(values.features.split(","), t);
  if (notice.key === "metadataDamaged" && values.problem)
    return metadataDamagedText(values.problem as MetadataProblem, t);
  return t(notice.key, values);
}

const TITLE_KEYS: Record<Notice["intent"], ExcelMessageKey> = {
  error: "errorTitle",
  warning: "warningTitle",
  success: "doneTitle",
};

/**
 * A notice as the shared notice area shows it: Office's own words (English),
 * when kept, under ours in an English pane only, so a French or Spanish pane
 * holds no English (as the Word pane's problemText).
 */
export function shown(notice: Notice, t: ExcelTranslate, language: Language): ShownNotice {
  return {
    id: notice.id,
    intent: notice.intent,
    key: notice.key,
    title: t(TITLE_KEYS[notice.intent]),
    text: noticeText(notice, t),
    ...(notice.details && language === "en"
      ? { details: t("errorDetails", { details: notice.details }) }
      : {}),
  };
}

/** A list's values as options, worded in the pane's language (the tracker stores the key). */
export function choiceOptions(vocabulary: VocabularyKey, language: Language): React.JSX.Element[] {
  return VOCABULARIES[vocabulary].values.map((value) => (
    <option key={value.key} value={value.key}>
      {vocabularyLabel(vocabulary, value.key, language) ?? value.key}
    </option>
  ));
}

/** Shown ids: the first ten, then how many more. */
export function idList(ids: readonly string[]): string {
  return ids.length > 10
    ? `${ids.slice(0, 10).join(", ")}, … (+${ids.length - 10})`
    : ids.join(", ");
}

/** A stored value as the reply preview shows it, in the pane's language. */
export function shownValue(
  key: ColumnKey,
  value: unknown,
  t: ExcelTranslate,
  language: Language
): string {
  if (value === null || value === undefined || value === "") return t("driftEmpty");
  if (typeof value === "boolean")
    return vocabularyLabel("yesNo", value ? "yes" : "no", language) ?? String(value);
  const vocabulary = COLUMN_BY_KEY.get(key)?.vocabulary;
  return (vocabulary && vocabularyLabel(vocabulary, String(value), language)) || String(value);
}
