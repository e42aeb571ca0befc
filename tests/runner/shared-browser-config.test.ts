import { afterEach, describe, expect, it } from 'vitest';
import { defineFaultlineConfig } from '../../harness/config.ts';

const saved = process.env.FAULTLINE_HANDLER;
afterEach(() => {
  if (saved === undefined) delete process.env.FAULTLINE_HANDLER;
  else process.env.FAULTLINE_HANDLER = saved;
});

const setupsOf = async (handlers: string) => {
  process.env.FAULTLINE_HANDLER = handlers;
  return [(await defineFaultlineConfig({ playwright: { globalSetup: './my-setup.ts' } })).globalSetup].flat();
};

describe('the run’s shared browser in the config', () => {
  it('is launched before your own global setup when a handler judges browser scenarios', async () => {
    expect(await setupsOf('harness/handlers/reference.ts,harness/handlers/reference-client.ts')).toEqual([
      expect.stringMatching(/harness\/runner\/shared-browser\.ts$/),
      './my-setup.ts',
    ]);
  });

  it('is not launched when only clients and commands are judged: they skip the browser scenarios', async () => {
    const command = JSON.stringify({ name: 'py', command: ['python3', 'client.py'], providers: ['hcompany'] });
    expect(await setupsOf('harness/handlers/reference-client.ts')).toEqual(['./my-setup.ts']);
    expect(await setupsOf(command)).toEqual(['./my-setup.ts']);
  });
});
