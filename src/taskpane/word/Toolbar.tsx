/**
 * The top of the Word pane: the one primary action while nothing is tagged
 * (Find), and every other action in one menu, so the pane's width goes to
 * the review.
 */
import * as React from "react";
import {
  Button,
  Menu,
  MenuDivider,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { withGuessedDetails } from "../../core/model/batch-from-report";
import { reviewSheet, reviewSheetHeading } from "../../core/review";
import { openInBrowser } from "../../office/word/documentSettings";
import { helpUrl } from "../shared/Guidance";
import type { Language, Translate } from "../shared/i18n";
import type { WordIntents } from "./controller";
import type { WordT } from "./i18n";
import type { View, WordState } from "./state";
import { commentFor, sheetLabels } from "./texts";

const useStyles = makeStyles({
  bar: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  grow: { flexGrow: 1 },
});

export function Toolbar({
  state,
  intents,
  t,
  shellT,
  language,
}: {
  state: WordState;
  intents: WordIntents;
  t: WordT;
  shellT: Translate;
  language: Language;
}): React.JSX.Element {
  const styles = useStyles();
  const busy = state.busy !== null || state.phase !== "ready";
  const none = state.items.length === 0;
  const show = (view: View) => intents.dispatch({ type: "view", view });
  const sheet = (where: "end" | "new") => {
    const opened = state.opened;
    if (!opened) return;
    const title = withGuessedDetails(opened.metadata.report, state.guessed).title;
    void intents.reviewSheet(
      where,
      reviewSheetHeading(language, title),
      reviewSheet(opened.metadata, state.items, sheetLabels(t, shellT))
    );
  };
  const help = () => {
    const url = helpUrl(language);
    if (!openInBrowser(url)) window.open(url, "_blank", "noopener,noreferrer");
  };
  return (
    <div className={styles.bar}>
      {none ? (
        <Button appearance="primary" onClick={() => void intents.find()} disabled={busy}>
          {t("find")}
        </Button>
      ) : null}
      {state.busy ? <Spinner size="tiny" aria-label={t("working")} /> : null}
      <span className={styles.grow} />
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button disabled={state.phase !== "ready"}>{t("moreActions")}</Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {none ? null : (
              <MenuItem disabled={busy} onClick={() => void intents.find()}>
                {t("findAgain")}
              </MenuItem>
            )}
            <MenuItem disabled={busy} onClick={() => void intents.markSelection()}>
              {t("markSelection")}
            </MenuItem>
            <MenuItem disabled={busy} onClick={() => void intents.refresh()}>
              {t("refresh")}
            </MenuItem>
            <MenuDivider />
            <MenuItem
              disabled={busy || none}
              onClick={() =>
                void intents.addComments((item) => commentFor(item, t, shellT, language))
              }
            >
              {t("addComments")}
            </MenuItem>
            <MenuItem disabled={busy || none} onClick={() => sheet("end")}>
              {t("reviewSheetEnd")}
            </MenuItem>
            <MenuItem disabled={busy || none} onClick={() => sheet("new")}>
              {t("reviewSheetNew")}
            </MenuItem>
            <MenuDivider />
            <MenuItem onClick={() => show({ kind: "details" })}>{t("detailsHeading")}</MenuItem>
            <MenuItem onClick={() => show({ kind: "share" })}>{t("shareHeading")}</MenuItem>
            <MenuDivider />
            <MenuItem onClick={() => show({ kind: "guide" })}>{shellT("guideTitle")}</MenuItem>
            <MenuItem onClick={help}>{shellT("help")}</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
    </div>
  );
}
