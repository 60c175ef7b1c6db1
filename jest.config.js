/** Two projects: fast unit tests (core, files, office adapters on host fakes, cli) and browser tests (Chromium). */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true }];
module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "browser",
      testEnvironment: "node",
      roots: ["<rootDir>/test/browser"],
      testMatch: ["**/*.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
      // Chromium and LibreOffice are shared processes: run these files one at a time.
      maxWorkers: 1,
    },
  ],
  testTimeout: 60000,
};
