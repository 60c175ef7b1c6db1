export * from "./adopt";
export * from "./apply";
export * from "./errors";
export * from "./followup";
export * from "./host";
export * from "./read";
export type { Progress } from "./write";
export * from "./import";
export * from "./history";
