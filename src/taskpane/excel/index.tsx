import * as React from "react";
import { Body1 } from "@fluentui/react-components";
import { PaneBodyProps, mountPane } from "../shared/mountPane";

function ExcelPane({ t }: PaneBodyProps): React.JSX.Element {
  return <Body1>{t("excelIntro")}</Body1>;
}

mountPane("excel", ExcelPane);
