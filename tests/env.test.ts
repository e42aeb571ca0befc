import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { envMarkdown, faultlineEnv, FaultlineEnvError, seedFromText } from '../harness/env.ts';

describe('the FAULTLINE_* environment', () => {
  it('reads every variable into its type; empty values count as unset', () => {
    expect(
      faultlineEnv({
        FAULTLINE_SEED: '42',
        FAULTLINE_HANDLER: './a.ts, ./b.ts',
        FAULTLINE_DECISION_TIMEOUT_MS: '500',
        FAULTLINE_SECRETS: '',
        FAULTLINE_CHAOS: '1',
        FAULTLINE_STRICT: '0',
      }),
    ).toEqual({
      FAULTLINE_SEED: 42,
      FAULTLINE_HANDLER: ['./a.ts', './b.ts'],
      FAULTLINE_DECISION_TIMEOUT_MS: 500,
      FAULTLINE_CHAOS: true,
      FAULTLINE_STRICT: false,
    });
    expect(faultlineEnv({})).toEqual({});
  });

  it('takes any whole number as a seed: a CI run id past 2³² is hashed into range, the same way every time', () => {
    const runId = '19384719283746';
    expect(seedFromText(runId)).toBe(seedFromText(runId));
    expect(seedFromText(runId)).toBeLessThanOrEqual(2 ** 32 - 1);
    expect(faultlineEnv({ FAULTLINE_SEED: runId }).FAULTLINE_SEED).toBe(seedFromText(runId));
    expect(faultlineEnv({ FAULTLINE_SEED: '4294967295' }).FAULTLINE_SEED).toBe(4294967295);
    expect(faultlineEnv({ FAULTLINE_SEED: '-3' }).FAULTLINE_SEED).toBe(seedFromText('-3'));
  });

  it.each([
    ['FAULTLINE_SEED', 'tomorrow', /FAULTLINE_SEED="tomorrow": expected a whole number/],
    ['FAULTLINE_DECISION_TIMEOUT_MS', '0', /FAULTLINE_DECISION_TIMEOUT_MS="0": expected a positive whole number of ms/],
    ['FAULTLINE_CHAOS_RUNS', 'many', /FAULTLINE_CHAOS_RUNS="many": expected a positive whole number of schedules/],
    [
      'FAULTLINE_WS_ENDPOINT',
      'http://127.0.0.1:3000',
      /FAULTLINE_WS_ENDPOINT="http:\/\/127\.0\.0\.1:3000": expected a ws:\/\//,
    ],
    ['FAULTLINE_CHAOS', 'yes', /FAULTLINE_CHAOS="yes": expected 1 \(on\) or 0/],
  ])('refuses a bad %s, naming the variable, the value and what was expected', (name, value, pattern) => {
    expect(() => faultlineEnv({ [name]: value })).toThrow(FaultlineEnvError);
    expect(() => faultlineEnv({ [name]: value })).toThrow(pattern);
  });

  it('the README lists exactly these variables, as the schema describes them', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(envMarkdown());
  });

  it("the README's GitHub Actions example seeds from the run id, which the seed parser accepts", () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('FAULTLINE_SEED: ${{ github.run_id }}');
    expect(() => faultlineEnv({ FAULTLINE_SEED: '98765432109' })).not.toThrow();
  });
});
