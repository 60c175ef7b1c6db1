import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** Relative luminance of "#rrggbb" (WCAG formula), or null when the colour is not in that form. */
export function luminance(hex: string): number | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return null;
  const channel = (offset: number) => {
    const c = parseInt(match[1].slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/**
 * Office's dark and black themes give a dark pane background; colourful and
 * white give a light one. Outside Office the browser's preference decides.
 */
export function isDarkBackground(officeBackground: string | null, prefersDark: boolean): boolean {
  const l = officeBackground ? luminance(officeBackground) : null;
  return l === null ? prefersDark : l < 0.2;
}

export function fluentTheme(dark: boolean): Theme {
  return dark ? webDarkTheme : webLightTheme;
}
