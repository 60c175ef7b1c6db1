export * from "./open";
export * from "./review";
export * from "./sheet";
export * from "./session";
export * from "./publication";
export * from "./settle";
export * from "./tagging";
