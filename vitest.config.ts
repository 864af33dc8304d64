import { defineConfig } from "vitest/config"

// Two projects: fast pure-logic tests in Node, and end-to-end tests that drive the built
// extension in real Chromium (one browser at a time: the machine has two cores).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/helpers/unit-setup.ts"],
          // Corpus-wide checks classify ~2,000 lines; on a busy 2-core machine that takes seconds.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // Setup checks the build; teardown writes the measured figures into the README.
          globalSetup: ["tests/helpers/e2e-global-setup.ts", "tests/helpers/e2e-global-teardown.ts"],
        },
      },
    ],
  },
})
