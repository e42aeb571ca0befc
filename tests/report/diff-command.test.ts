import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../harness/cli/main.ts';
import { conformanceJson } from '../../harness/report/json.ts';
import { entry } from './entries.ts';

const scratch = mkdtempSync(join(tmpdir(), 'faultline-diff-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `faultline diff …` in-process: its exit code and what it printed. */
async function diff(...args: string[]) {
  const out = vi.spyOn(console, 'log').mockImplementation(() => {});
  const err = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    const code = await main(['diff', ...args]);
    return {
      code,
      stdout: out.mock.calls.map((c) => c.join(' ')).join('\n'),
      stderr: err.mock.calls.map((c) => c.join(' ')).join('\n'),
    };
  } finally {
    vi.restoreAllMocks();
  }
}

describe('faultline diff', () => {
  const report = (name: string, entries: Parameters<typeof conformanceJson>[0]) => {
    writeFileSync(join(scratch, name), conformanceJson(entries, 1));
    return join(scratch, name);
  };
  const old = report('old.json', [entry('a', 'mine', 'pass')]);

  it('exits 0 when nothing got worse, whatever got better', async () => {
    expect(await diff(old, old)).toMatchObject({ code: 0, stdout: 'No scenario × handler changed its verdict.' });
    expect(await diff(report('fail.json', [entry('a', 'mine', 'fail')]), old)).toMatchObject({
      code: 0,
      stdout: 'mine: 0 worse, 1 better, 0 added, 0 removed\n  better   a: fail → pass',
    });
  });

  it('counts a non-strict verdict after a pass as worse', async () => {
    expect((await diff(old, report('lax.json', [entry('a', 'mine', 'non-strict')]))).code).toBe(1);
  });

  it('a missing file: exit 1, the file named; a wrong command line: the usage, exit 2', async () => {
    expect(await diff(old, join(scratch, 'nope.json'))).toMatchObject({
      code: 1,
      stderr: `faultline: ${join(scratch, 'nope.json')}: cannot read the conformance report (ENOENT)`,
    });
    const usage = await diff(old);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(
      /^faultline: diff takes two conformance\.json files, got: .*old\.json\n\nusage: faultline <command>/,
    );
    expect((await diff(old, old, '--json')).code).toBe(2);
  });
});
