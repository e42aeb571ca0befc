import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Scenario files import the package by its name (tsconfig.json's `paths` says the same for tsc).
  resolve: {
    alias: [{ find: /^faultline$/, replacement: fileURLToPath(new URL('./harness/index.ts', import.meta.url)) }],
  },
  test: {
    environment: 'node',
    // Both cores (Vitest's default leaves one free): the unit tests run two files at a time.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/self/**'],
          // The unit test files of a worker share its module cache instead of importing the harness
          // afresh per file: 62 s → 29 s (114 → 49 CPU-s). They can, because none mocks a module
          // or the timers, those that set process.env put it back, and no two load the same
          // scenario files (a scenario registers itself when its module is first imported).
          // Shuffled orders (--sequence.shuffle) pass too.
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        // Self-tests run whole suites after the unit tests, two files at a time: each Playwright run
        // they start writes to folders of its own (tests/self/playwright-test.ts), since Playwright
        // empties its output folder when a run starts, and the leak test (hygiene) counts only the
        // processes its own runs leave behind (tests/self/left-behind.py).
        extends: true,
        test: {
          name: 'self',
          include: ['tests/self/**/*.test.ts'],
          testTimeout: 120_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
