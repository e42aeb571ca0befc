import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { chromiumPids, leftoverChromium, listeningPorts } from '../../harness/bench/processes.ts';

/** Browser scenarios whose faults are hardest on the machine: a crash, a kill, a proxy reset, a hung page. */
const HARSH = 'playwright/(renderer-crash|browser-killed-mid-navigation|proxy-resets-mid-response|navigation-timeout)';

describe('no Chromium, server or proxy is left behind', () => {
  it('after browser scenarios fail on handlers that hang and throw', async () => {
    const chromiumBefore = chromiumPids();
    const portsBefore = listeningPorts();
    const run = spawnSync('npx', ['playwright', 'test', HARSH, '--reporter=line'], {
      env: {
        ...process.env,
        FAULTLINE_HANDLER: 'tests/fixtures/handlers/hangs.ts,tests/fixtures/handlers/throws.ts',
        FAULTLINE_DECISION_TIMEOUT_MS: '200',
      },
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/did not decide within 200 ms \(per-decision timeout\)/);
    expect(run.stdout).toMatch(/handler "throws" threw on .*: Error: handler bug/);
    expect(run.stdout).not.toMatch(/\d+ passed/);
    expect(await leftoverChromium(chromiumBefore)).toEqual([]);
    expect([...listeningPorts()].filter((port) => !portsBefore.has(port))).toEqual([]);
  }, 300_000);

  it('SIGINT in the middle of a run leaves no Chromium, server or proxy behind', async () => {
    const chromiumBefore = chromiumPids();
    const portsBefore = listeningPorts();
    const run = spawn('npx', ['playwright', 'test', '--grep', '@browser', '--reporter=line'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    await new Promise<void>((resolve) =>
      run.stdout!.on('data', (chunk: Buffer) => /\[\d+\/\d+\]|✓/.test(String(chunk)) && resolve()),
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    process.kill(-run.pid!, 'SIGINT');
    await new Promise((resolve) => run.on('close', resolve));
    expect(await leftoverChromium(chromiumBefore)).toEqual([]);
    expect([...listeningPorts()].filter((port) => !portsBefore.has(port))).toEqual([]);
  }, 120_000);
});
