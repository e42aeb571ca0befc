import { describe, expect, it } from 'vitest';
import { parseJudgeArgs } from '../../harness/cli/judge.ts';

describe('faultline judge: its command line', () => {
  it('names the client after its script and judges every platform unless told', () => {
    expect(parseJudgeArgs(['--', 'python3', 'examples/python/reference_client.py'])).toEqual({
      client: {
        name: 'reference_client',
        command: ['python3', 'examples/python/reference_client.py'],
        providers: ['hcompany', 'skyvern', 'webcompute', 'problem'],
      },
      grep: undefined,
      workers: 1,
    });
  });

  it('takes providers, a grep, workers, a name, a timeout and the clock', () => {
    const args = parseJudgeArgs([
      '--provider',
      'hcompany',
      '--provider',
      'skyvern',
      '--grep',
      'rate',
      '--workers',
      '2',
      '--name',
      'py',
      '--timeout',
      '60',
      '--clock',
      'real',
      '--',
      './client',
      '--verbose',
    ]);
    expect(args).toEqual({
      client: { name: 'py', command: ['./client', '--verbose'], providers: ['hcompany', 'skyvern'], clock: 'real' },
      grep: 'rate',
      workers: 2,
      timeoutS: 60,
    });
  });

  it.each([
    ['no command', ['--provider', 'hcompany'], /give the client's command after --/],
    ['nothing after --', ['--'], /give the client's command after --/],
    [
      'an unknown provider',
      ['--provider', 'playwright', '--', 'x'],
      /--provider: expected one of hcompany, skyvern, webcompute, problem, got "playwright"/,
    ],
    ['bad workers', ['--workers', '0', '--', 'x'], /--workers: expected a whole number/],
    ['a bad grep', ['--grep', '(', '--', 'x'], /--grep: not a regular expression/],
    ['a stray argument', ['python3', '--', 'x'], /unexpected python3 before --/],
    ['an unknown option', ['--fast', '--', 'x'], /Unknown option '--fast'/],
  ])('refuses %s', (_name, argv, message) => {
    expect(() => parseJudgeArgs(argv)).toThrow(message);
  });
});
