import { describe, expect, it } from 'vitest';
import { faultlineEnv } from '../../harness/env.ts';
import { handlerProjects, REFERENCE_CLIENT, REFERENCE_HANDLER } from '../../harness/runner/handler-projects.ts';

/** What FAULTLINE_HANDLER gives handlerProjects. */
const fromEnv = (value: string) => faultlineEnv({ FAULTLINE_HANDLER: value }).FAULTLINE_HANDLER ?? [];

describe('handlerProjects (FAULTLINE_HANDLER, handlers)', () => {
  it('defaults to the reference handler and the reference client', async () => {
    expect(await handlerProjects([])).toEqual([
      { name: 'reference', use: { handlerPath: REFERENCE_HANDLER }, browser: true },
      { name: 'reference-client', use: { handlerPath: REFERENCE_CLIENT }, browser: false },
    ]);
  });

  it('gives one project per handler, named after each handler', async () => {
    const projects = await handlerProjects([
      'harness/handlers/naive-retry-all.ts',
      'harness/handlers/naive-never-retry.ts',
    ]);
    expect(projects.map((p) => p.name)).toEqual(['naive-retry-all', 'naive-never-retry']);
  });

  it('takes command clients: in a config, or as JSON in FAULTLINE_HANDLER, alone or with module paths', async () => {
    const py = { name: 'py-client', command: ['python3', 'client.py'], providers: ['hcompany' as const] };
    expect(await handlerProjects([py])).toEqual([{ name: 'py-client', use: { handlerCommand: py }, browser: false }]);
    expect(await handlerProjects(fromEnv(JSON.stringify(py)))).toEqual([
      { name: 'py-client', use: { handlerCommand: py }, browser: false },
    ]);
    expect((await handlerProjects(fromEnv(JSON.stringify([REFERENCE_HANDLER, py])))).map((p) => p.name)).toEqual([
      'reference',
      'py-client',
    ]);
    expect(() => fromEnv('{"name": "py",')).toThrow(/FAULTLINE_HANDLER="\{\\"name\\": \\"py\\",": not valid JSON/);
  });

  it.each([
    [
      'a command client without a command',
      fromEnv('{"name":"py","providers":["hcompany"]}'),
      /handler 1 must be a module path or a command client[\s\S]*command: /,
    ],
    [
      'a command client for the playwright provider',
      fromEnv('{"name":"py","command":["py"],"providers":["playwright"]}'),
      /providers\[0\]/,
    ],
    [
      'a command and a module with one name',
      [REFERENCE_HANDLER, { name: 'reference', command: ['x'], providers: ['problem'] }],
      /both named "reference"/,
    ],
    ['a missing file', './nope/my-handler.ts', /handler module not found: \.\/nope\/my-handler\.ts/],
    [
      'no default export',
      'tests/fixtures/handlers/no-default.ts',
      /no-default\.ts: its default export must be a RecoveryHandler[\s\S]*expected object/,
    ],
    [
      'a default export without decide',
      'tests/fixtures/handlers/no-decide.ts',
      /no-decide\.ts: its default export must be a RecoveryHandler[\s\S]*decide/,
    ],
    [
      'a module that throws while loading',
      'tests/fixtures/handlers/throws-on-load.ts',
      /throws-on-load\.ts failed to load: cannot read config\.json/,
    ],
    ['two handlers with one name', [REFERENCE_HANDLER, `./${REFERENCE_HANDLER}`], /both named "reference"/],
  ])('refuses %s with one clear error', async (_name, list, pattern) => {
    await expect(handlerProjects(typeof list === 'string' ? [list] : list)).rejects.toThrow(pattern);
  });
});
