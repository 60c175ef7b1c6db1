export * from "./open";
export * from "./review";
export * from "./sheet";
