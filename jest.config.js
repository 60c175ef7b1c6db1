/** Two projects: fast unit tests (core, files, office adapters on host fakes, cli) and browser tests (Chromium). */
// tsconfig.json sets isolatedModules, so ts-jest transpiles each file alone (fast); `npm run typecheck` checks types.
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json" }];
module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"],
      setupFiles: ["<rootDir>/test/support/english-locale.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      // Chromium is heavy: `npm test` runs these files one at a time (--runInBand).
      displayName: "browser",
      testEnvironment: "node",
      roots: ["<rootDir>/test/browser"],
      testMatch: ["**/*.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
  testTimeout: 60000,
};
