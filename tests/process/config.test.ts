import { afterEach, describe, expect, it } from 'vitest';
import { defineFaultlineConfig } from '../../harness/config.ts';

const saved = { handler: process.env.FAULTLINE_HANDLER, seed: process.env.FAULTLINE_SEED };
afterEach(() => {
  for (const [name, value] of [
    ['FAULTLINE_HANDLER', saved.handler],
    ['FAULTLINE_SEED', saved.seed],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('defineFaultlineConfig with a client in any language', () => {
  it('gives a command handler its own project over the catalogue, as a module handler gets', async () => {
    delete process.env.FAULTLINE_HANDLER;
    const py = { name: 'py-client', command: ['python3', 'client.py'], providers: ['hcompany' as const] };
    const config = await defineFaultlineConfig({
      handlers: ['harness/handlers/reference.ts', py],
      scenarios: ['tests/fixtures'],
    });
    expect(config.projects?.map((p) => [p.name, p.use])).toEqual([
      ['reference', { handlerPath: 'harness/handlers/reference.ts' }],
      ['reference', { handlerPath: 'harness/handlers/reference.ts' }],
      ['py-client', { handlerCommand: py }],
      ['py-client', { handlerCommand: py }],
    ]);
  });
});
