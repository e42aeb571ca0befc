import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { startPlaywrightTest } from './playwright-test.ts';

/** Browser scenarios whose faults are hardest on the machine: a crash, a kill, a proxy reset, a hung page. */
const HARSH = 'playwright/(renderer-crash|browser-killed-mid-navigation|proxy-resets-mid-response|navigation-timeout)';
/** Seconds a process of the run may take to exit after the run has ended (a closed browser takes a moment). */
const GRACE_S = '10';

/**
 * Starts a Playwright run under tests/self/left-behind.py, which adopts every process the run
 * leaves behind (a browser, a server, a proxy, a worker), so only this run's processes count,
 * whatever else the machine runs meanwhile. `done` gives what it left behind.
 */
function runAdoptingOrphans(args: string[], env: Record<string, string> = {}) {
  const run = startPlaywrightTest(args, env, {
    via: ['python3', 'tests/self/left-behind.py', GRACE_S],
    processGroup: true,
  });
  const done = run.done.then(({ status, stdout, stderr }) => {
    const line = /^left behind: (.*)$/m.exec(stderr);
    if (!line) throw new Error(`left-behind.py printed no verdict:\n${stderr.slice(-2_000)}`);
    return { status, stdout, leftBehind: JSON.parse(line[1]!) as string[] };
  });
  return { child: run.child, done, stdout: () => run.output().stdout };
}

describe('no Chromium, server or proxy is left behind', () => {
  it('left-behind.py names a process that outlives the command, and kills it', () => {
    const run = spawnSync('python3', ['tests/self/left-behind.py', '0.5', 'sh', '-c', '(sleep 60 &); exit 3'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/^left behind: \["\d+ sleep"\]$/m);
    const pid = Number(/"(\d+) sleep"/.exec(run.stderr)![1]);
    expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
  });

  it('after browser scenarios fail on handlers that hang and throw', async () => {
    const run = await runAdoptingOrphans([HARSH, '--reporter=line'], {
      FAULTLINE_HANDLER: 'tests/fixtures/handlers/hangs.ts,tests/fixtures/handlers/throws.ts',
      FAULTLINE_DECISION_TIMEOUT_MS: '200',
    }).done;
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/did not decide within 200 ms \(per-decision timeout\)/);
    expect(run.stdout).toMatch(/handler "throws" threw on .*: Error: handler bug/);
    expect(run.stdout).not.toMatch(/\d+ passed/);
    expect(run.leftBehind).toEqual([]);
  }, 300_000);

  it('SIGINT in the middle of a run leaves no Chromium, server or proxy behind', async () => {
    const run = runAdoptingOrphans(['--grep', '@browser', '--reporter=line']);
    await new Promise<void>((resolve) =>
      run.child.stdout!.on('data', () => /\[\d+\/\d+\]|✓/.test(run.stdout()) && resolve()),
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // Ctrl-C: the whole process group (left-behind.py ignores it; the run gets it).
    process.kill(-run.child.pid!, 'SIGINT');
    expect((await run.done).leftBehind).toEqual([]);
  }, 120_000);
});
