import { describe, expect, it } from 'vitest';
import { handlerProjects, REFERENCE_CLIENT, REFERENCE_HANDLER } from '../../harness/runner/handler-projects.ts';

describe('handlerProjects (FAULTLINE_HANDLER, handlers)', () => {
  it('defaults to the reference handler and the reference client', async () => {
    expect(await handlerProjects([])).toEqual([
      { name: 'reference', use: { handlerPath: REFERENCE_HANDLER } },
      { name: 'reference-client', use: { handlerPath: REFERENCE_CLIENT } },
    ]);
  });

  it('gives one project per handler, named after each handler', async () => {
    const projects = await handlerProjects(['harness/handlers/naive-retry-all.ts', 'harness/handlers/naive-never-retry.ts']);
    expect(projects.map((p) => p.name)).toEqual(['naive-retry-all', 'naive-never-retry']);
  });

  it.each([
    ['a missing file', './nope/my-handler.ts', /handler module not found: \.\/nope\/my-handler\.ts/],
    ['no default export', 'tests/fixtures/handlers/no-default.ts', /no-default\.ts: its default export must be a RecoveryHandler[\s\S]*expected object/],
    ['a default export without decide', 'tests/fixtures/handlers/no-decide.ts', /no-decide\.ts: its default export must be a RecoveryHandler[\s\S]*decide/],
    ['a module that throws while loading', 'tests/fixtures/handlers/throws-on-load.ts', /throws-on-load\.ts failed to load: cannot read config\.json/],
    ['two handlers with one name', [REFERENCE_HANDLER, `./${REFERENCE_HANDLER}`], /both named "reference"/],
  ])('refuses %s with one clear error', async (_name, list, pattern) => {
    await expect(handlerProjects(typeof list === 'string' ? [list] : list)).rejects.toThrow(pattern);
  });
});
