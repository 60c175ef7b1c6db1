import * as React from "react";
import { Body1 } from "@fluentui/react-components";
import { PaneBodyProps, mountPane } from "../shared/mountPane";

function WordPane({ t }: PaneBodyProps): React.JSX.Element {
  return <Body1>{t("wordIntro")}</Body1>;
}

mountPane("word", WordPane);
