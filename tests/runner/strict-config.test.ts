import { afterEach, describe, expect, it } from 'vitest';
import { defineFaultlineConfig } from '../../harness/config.ts';

const saved = { ...process.env };
afterEach(() => {
  for (const name of ['FAULTLINE_STRICT', 'FAULTLINE_SEED', 'FAULTLINE_HANDLER']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

const strictOf = async (options: Parameters<typeof defineFaultlineConfig>[0], env: string | undefined) => {
  if (env === undefined) delete process.env.FAULTLINE_STRICT;
  else process.env.FAULTLINE_STRICT = env;
  process.env.FAULTLINE_HANDLER = 'harness/handlers/reference.ts';
  return (await defineFaultlineConfig(options)).use?.strict;
};

describe('strict mode in the config', () => {
  it.each<[string, Parameters<typeof defineFaultlineConfig>[0], string | undefined, boolean]>([
    ['off by default', {}, undefined, false],
    ['strict: true in defineFaultlineConfig', { strict: true }, undefined, true],
    ['FAULTLINE_STRICT=1', {}, '1', true],
    ['FAULTLINE_STRICT=0 wins over strict: true', { strict: true }, '0', false],
  ])('%s', async (_name, options, env, strict) => {
    expect(await strictOf(options, env)).toBe(strict);
  });

  it('refuses another FAULTLINE_STRICT, naming the variable', async () => {
    await expect(strictOf({}, 'yes')).rejects.toThrow(/FAULTLINE_STRICT="yes": expected 1 \(strict\) or 0/);
  });
});
