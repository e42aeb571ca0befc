import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Scenario files import the package by its name (tsconfig.json's `paths` says the same for tsc).
  resolve: { alias: [{ find: /^faultline$/, replacement: fileURLToPath(new URL('./harness/index.ts', import.meta.url)) }] },
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/self/**'], sequence: { groupOrder: 0 } },
      },
      {
        // Self-tests run whole Playwright suites and count Chromium processes and listening ports
        // on the machine: they run after the unit tests, one file at a time, so no other test's
        // browser is mistaken for a leak.
        extends: true,
        test: { name: 'self', include: ['tests/self/**/*.test.ts'], fileParallelism: false, testTimeout: 120_000, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
