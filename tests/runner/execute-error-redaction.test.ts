import { afterAll, describe, expect, it } from 'vitest';
import reference from '../../harness/handlers/reference.ts';
import referenceClient from '../../harness/handlers/reference-client.ts';
import { closeMswServer } from '../../harness/runner/client/msw-server.ts';
import { runClientScenario } from '../../harness/runner/client/run-client-scenario.ts';
import { DEFAULT_DECISION_TIMEOUT_MS } from '../../harness/runner/ask-handler.ts';
import { runScenario } from '../../harness/runner/run-scenario.ts';
import { defineScenario } from '../../harness/scenario/define.ts';

afterAll(() => closeMswServer());

// Seed 002: "Avoid serializing the full result.error object by default because error messages and
// stacks can include page content, request fragments, response fragments, local paths".
const MESSAGE =
  'Timeout on https://bank.test/acct?session=s3cr3t\nPage text: Balance 12,345.67 EUR\n    at /home/alice/run.js:3:7';
const LEAKS = ['s3cr3t', '12,345.67', '/home/alice'];

const scenario = defineScenario(
  'webcompute/test-execute-error-redacted',
  {
    title: 'an execute error whose message carries a query, page text and a local path',
    schedule: [{ fault: 'webcompute.execute', with: { code: 'EXECUTE_FAILED', message: MESSAGE } }],
    expect: { end: ['accept'], kinds: ['browser.execute_failed'] },
  },
  'tests/runner/execute-error-redaction.test.ts',
);

describe('a Webcompute execute error reaches traces and reports as its code and a trimmed message', () => {
  it('policy mode: the trace (native payload, Failure) and the attempts', async () => {
    const result = await runScenario(scenario, {
      handler: reference,
      seed: 1,
      decisionTimeoutMs: DEFAULT_DECISION_TIMEOUT_MS,
    });
    expect(result.problems).toEqual([]);
    const recorded = JSON.stringify({ trace: result.trace.events, attempts: result.attempts });
    for (const leak of LEAKS) expect(recorded).not.toContain(leak);
    expect(recorded).toContain('EXECUTE_FAILED');
    expect(recorded).toContain('Timeout on https://bank.test/acct?[redacted]');
  });

  it('client mode: the trace (traffic, decisions) and the attempts', async () => {
    const result = await runClientScenario(scenario, { client: referenceClient, seed: 1, realLimitMs: 10_000 });
    expect(result.problems).toEqual([]);
    const recorded = JSON.stringify({ trace: result.trace.events, attempts: result.attempts });
    for (const leak of LEAKS) expect(recorded).not.toContain(leak);
    expect(recorded).toContain('EXECUTE_FAILED');
  });
});
