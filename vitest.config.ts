import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Self-tests of `faultline judge`: real client processes, mostly asleep. */
const JUDGE_SELF_TESTS = ['tests/self/judge-*.test.ts'];
/** Self-tests that look for leftover Chromium processes and listening ports machine-wide. */
const LEAK_SELF_TESTS = ['tests/self/hygiene.test.ts', 'tests/self/scale.test.ts'];

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
        // Self-tests run whole Playwright suites. Those that count Chromium processes and
        // listening ports on the machine (hygiene, scale) run last and alone, so no other test's
        // browser or port is mistaken for a leak; the others run one file at a time, beside the
        // judge's self-tests, which mostly wait on real processes sleeping on a sped-up clock.
        extends: true,
        test: {
          name: 'self',
          include: ['tests/self/**/*.test.ts'],
          exclude: [...JUDGE_SELF_TESTS, ...LEAK_SELF_TESTS],
          fileParallelism: false,
          testTimeout: 120_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: { name: 'self-judge', include: JUDGE_SELF_TESTS, fileParallelism: false, testTimeout: 120_000, sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        test: { name: 'self-alone', include: LEAK_SELF_TESTS, fileParallelism: false, testTimeout: 120_000, sequence: { groupOrder: 2 } },
      },
    ],
  },
});
