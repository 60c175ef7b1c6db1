/** The languages the add-in speaks and reads: its panes, trackers, lexicons and reports. */
export type Language = "en" | "fr" | "es";
export const LANGUAGES: readonly Language[] = ["en", "fr", "es"];
