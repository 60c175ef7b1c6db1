import * as React from "react";
import { Text } from "@fluentui/react-components";
import type { Language } from "../../core/schema/plan";
import type { Translate } from "../shared/i18n";
import { ExportBatch } from "./ExportPanel";
import type { WordT } from "./i18n";
import { OverReview } from "./Panel";
import { PublishPanel } from "./PublishPanel";
import type { BatchSource } from "./send";
import { SendToTracker } from "./SendPanel";

/**
 * The pane's "Send the recommendations": save them as a file for Excel,
 * send them to the shared tracker, or prepare a copy of the report for
 * publication. Each takes the recommendations as the pane holds them.
 */
export function SharePanel({
  source,
  title,
  t,
  shellT,
  language,
  disabled,
  empty,
  onBack,
}: {
  source: BatchSource;
  /** The report's title, for the names of the files made. */
  title: string;
  t: WordT;
  shellT: Translate;
  language: Language;
  disabled: boolean;
  /** No recommendation tagged: nothing to share. */
  empty: boolean;
  onBack: () => void;
}): React.JSX.Element {
  const panel = { t, language, disabled };
  return (
    <OverReview id="share" heading={t("shareHeading")} t={t} onBack={onBack}>
      {empty ? (
        <Text>{t("nothingToShare")}</Text>
      ) : (
        <>
          <ExportBatch source={source} {...panel} />
          <SendToTracker source={source} shellT={shellT} {...panel} />
        </>
      )}
      <PublishPanel title={title} {...panel} />
    </OverReview>
  );
}
