import * as React from "react";
import {
  AccordionPanelProps,
  renderAccordionPanel_unstable,
  useAccordionPanelStyles_unstable,
  useAccordionPanel_unstable,
} from "@fluentui/react-components";

/**
 * Fluent's AccordionPanel with `inert` written the way React 18 takes it.
 * Fluent marks a closing panel `inert: true`; React 18 does not know inert
 * as a boolean attribute, so it logs an error and leaves the attribute out
 * (the closing panel's fields stay reachable by Tab). An empty string
 * writes the attribute, which is all HTML needs.
 */
export const AccordionPanel = React.forwardRef<HTMLDivElement, AccordionPanelProps>(
  (props, ref) => {
    const state = useAccordionPanel_unstable(props, ref);
    const root = state.root as { inert?: unknown };
    if (root.inert === true) root.inert = "";
    useAccordionPanelStyles_unstable(state);
    return renderAccordionPanel_unstable(state);
  }
);
AccordionPanel.displayName = "AccordionPanel";
