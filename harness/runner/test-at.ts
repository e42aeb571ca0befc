import type { TestDetails } from '@playwright/test';
import type { SourceLocation } from '../scenario/caller-file.ts';
import { test } from './fixtures.ts';

type Body = Parameters<typeof test>[2];
type TestFactory = {
  _createTest?: (type: 'default', location: SourceLocation, title: string, details: TestDetails, body: Body) => void;
};

/**
 * Declares a Playwright test located at the scenario file's `scenario()` call, so reports,
 * `--list` and editors point at the scenario, not at the harness. Playwright takes a test's
 * location from its direct caller; this uses its (pinned, ~1.65) internal factory to pass the
 * scenario's location instead, and falls back to a plain `test()` if that ever goes away.
 *
 * @example
 * testAt({ file: '/repo/scenarios/x.scenario.ts', line: 3, column: 16 }, 'x', {}, async ({ handler }) => {});
 */
export function testAt(location: SourceLocation | null, title: string, details: TestDetails, body: Body): void {
  const symbol = Object.getOwnPropertySymbols(test).find((s) => s.description === 'testType');
  const factory = symbol ? (test as unknown as Record<symbol, TestFactory>)[symbol] : undefined;
  if (location && typeof factory?._createTest === 'function')
    factory._createTest('default', location, title, details, body);
  else test(title, details, body);
}
