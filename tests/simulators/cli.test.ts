import { describe, expect, it } from 'vitest';
import { classify } from '../../harness/classify/index.ts';
import { buildTask } from '../../harness/scenario/task.ts';
import { runCliTool } from '../../mocks/cli/run-tool.ts';
import { FAULTS } from '../../mocks/faults/index.ts';
import { realizeSuccess } from '../../mocks/success.ts';

const task = buildTask('cli/test', 'cli');
const ctx = { provider: 'cli' as const, task, attempt: 2, changes: [] };
const { 'cli.error': error, 'cli.output': output, 'cli.signal': signalled } = FAULTS;

// Each case runs the tool as a real child process (Node starts in ~0.1–0.4 s here).
describe('the simulated command-line tool, really run', () => {
  it('a clean run prints the fixture answer as JSON on stdout and exits 0', async () => {
    const realized = await realizeSuccess(ctx);
    expect(realized.fired).toBe(true);
    expect(realized.native).toMatchObject({ provider: 'cli', process: { exitCode: 0, signal: null, stderr: '' } });
    expect(classify(realized.native, { answerSchema: task.answerSchema })).toEqual({
      state: 'success',
      answer: { product: 'Framework 13', price: 1049 },
    });
  });

  it("cli.error: the exit status, then log lines and one JSON line on stderr, with the attempt's trace_id", async () => {
    const realized = await error.realize(
      error.params.parse({
        exit: 75,
        code: 'rate_limited',
        is_retriable: true,
        retry_after_ms: 1500,
        logs: ['warn: busy'],
      }),
      ctx,
    );
    expect(realized).toMatchObject({
      fired: true,
      evidence: expect.stringMatching(/^ran the cli tool: exit 75, 0 bytes on stdout/),
    });
    if (!('process' in realized.native)) throw new Error('expected a process');
    const [log, json] = realized.native.process.stderr.trimEnd().split('\n');
    expect(log).toBe('warn: busy');
    expect(JSON.parse(json!)).toEqual({
      code: 'rate_limited',
      message: 'the command failed',
      is_retriable: true,
      retry_after_ms: 1500,
      trace_id: 'trace-2',
    });
    const classified = classify(realized.native);
    expect(classified).toMatchObject({
      state: 'failure',
      failure: { kind: 'platform.rate_limited', retryAfterMs: 1500, retryable: true },
    });
  });

  it('cli.output: stdout and stderr byte for byte', async () => {
    const realized = await output.realize(
      output.params.parse({ exit: 1, stdout: 'partial', stderr: '{"code":"rate_lim' }),
      ctx,
    );
    expect(realized.native).toEqual({
      provider: 'cli',
      process: { exitCode: 1, signal: null, stdout: 'partial', stderr: '{"code":"rate_lim' },
    });
    expect(classify(realized.native)).toMatchObject({
      state: 'failure',
      failure: { kind: 'platform.internal', code: 'exit 1' },
    });
  });

  it.each([
    ['SIGINT', 'platform.canceled'],
    ['SIGKILL', 'platform.internal'],
  ] as const)('cli.signal: the process really dies of %s', async (signal, kind) => {
    const realized = await signalled.realize({ signal }, ctx);
    expect(realized).toMatchObject({ fired: true, native: { process: { exitCode: null, signal } } });
    expect(classify(realized.native)).toMatchObject({ state: 'failure', failure: { kind, code: signal } });
  });

  it('answers a wrong command line as a real tool would: EX_USAGE with code usage', async () => {
    const ended = await runCliTool({ answer: null, armed: null }, ['run', '--yaml']);
    expect(ended.exitCode).toBe(64);
    expect(JSON.parse(ended.stderr)).toMatchObject({ code: 'usage', is_retriable: false });
    expect(classify({ provider: 'cli', process: ended })).toMatchObject({
      state: 'failure',
      failure: { kind: 'platform.invalid_request', code: 'usage' },
    });
  });
});
