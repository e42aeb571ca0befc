import { describe, expect, it } from 'vitest';
import { filesBelow, pathTo, reach } from './imports.ts';

const PLAYWRIGHT_OR_MSW = ['@playwright/test', 'playwright', 'playwright-core', 'msw'];

describe('boundaries that hold', () => {
  it('the pure core (contract, classify, oracle) reaches neither Playwright nor MSW', () => {
    const graph = reach('harness/core.ts');
    for (const forbidden of PLAYWRIGHT_OR_MSW) {
      expect(graph.packages.has(forbidden), pathTo(graph, 'harness/core.ts', forbidden).join(' → ')).toBe(false);
    }
  });

  // Through harness/ only: what mocks/ may import is pinned by its own boundary test.
  it('the scenario language does not import the runner (the runner installs the registration)', () => {
    for (const file of filesBelow('harness/scenario')) {
      const graph = reach(file, (f) => f.startsWith('harness/'));
      const runner = [...graph.files].find((f) => f.startsWith('harness/runner/'));
      expect(runner, runner && pathTo(graph, file, runner).join(' → ')).toBeUndefined();
    }
  });
});

describe('bundled scenario files can be copied into any repository', () => {
  it('each imports only from faultline', () => {
    const strays = filesBelow('scenarios').flatMap((file) => {
      const graph = reach(file, () => false);
      return [...(graph.edges.get(file) ?? [])]
        .filter((target) => target !== 'faultline')
        .map((target) => `${file} imports ${target}`);
    });
    expect(strays).toEqual([]);
  });
});
