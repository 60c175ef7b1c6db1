/** Settings: the pane's settings kept in the workbook. */
import * as React from "react";
import { Body1, Field, Input, Subtitle2 } from "@fluentui/react-components";
import { missingFeatures } from "../../office/excel";
import { SectionProps } from "./Section";
import { useStyles } from "./paneStyles";
import { featureList } from "./paneTexts";

export function SettingsSection({ state, intents, t, host }: SectionProps): React.JSX.Element {
  const styles = useStyles();
  const missing = host ? missingFeatures(host) : [];
  return (
    <div className={styles.stack}>
      <Field label={t("settingsDueSoon")}>
        <Input
          type="number"
          min={1}
          max={365}
          value={String(state.dueSoonDays)}
          onChange={(_e, data) =>
            intents.dispatch({ type: "dueSoonDays", days: Number(data.value) })
          }
        />
      </Field>
      <Subtitle2 as="h3">{t("settingsExcel")}</Subtitle2>
      <Body1>
        {missing.length === 0
          ? t("settingsAllFeatures")
          : t("settingsMissing", { features: featureList(missing, t) })}
      </Body1>
    </div>
  );
}
