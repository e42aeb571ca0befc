import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../harness/cli/main.ts';
import { conformanceJson } from '../../harness/report/json.ts';
import { entry } from '../report/entries.ts';

const BIN = resolve('bin/faultline.mjs');
/** Runs the faultline command as a user would. */
const faultline = (...args: string[]) => faultlineIn('.', ...args);
/** Runs the faultline command in another working folder. */
const faultlineIn = (cwd: string, ...args: string[]) =>
  spawnSync('node', [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
/**
 * A scratch folder inside the repository, where `faultline` resolves (as it does in a consumer's
 * repository), so the scenarios `new` writes there load; none of it lands in the bundled catalogue,
 * which other self-tests load at the same time.
 */
function scratchInRepo(): string {
  mkdirSync('test-results', { recursive: true });
  return mkdtempSync(join('test-results', 'faultline-new-'));
}

/**
 * Runs the command's `main` in this process, as bin/faultline.mjs does (a thrown error prints as
 * `faultline: <message>`, exit 1), for the many bad-input cases: no Node and tsx start per case.
 */
async function faultlineHere(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const [out, err] = [[] as string[], [] as string[]];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts) => void out.push(parts.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...parts) => void err.push(parts.join(' ')));
  try {
    const status = await main(args);
    return { status, stdout: out.join('\n'), stderr: err.join('\n') };
  } catch (thrown) {
    return {
      status: 1,
      stdout: out.join('\n'),
      stderr: [...err, `faultline: ${(thrown as Error)?.message ?? thrown}`].join('\n'),
    };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('the faultline command', () => {
  it('list --json prints one entry per scenario with its metadata', () => {
    const run = faultline('list', '--json');
    expect(run.status).toBe(0);
    const entries = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(entries.length).toBeGreaterThanOrEqual(25);
    expect(entries.find((e) => e.id === 'skyvern/terminated-login-failed')).toEqual({
      id: 'skyvern/terminated-login-failed',
      file: 'scenarios/skyvern/terminated-login-failed.scenario.ts',
      provider: 'skyvern',
      modes: ['policy', 'client'],
      browser: false,
      client: true,
      kinds: ['agent.login_required'],
      sources: ['skyvern:status:terminated', 'skyvern:error_code:login_failed'],
      tasks: 1,
    });
    expect(entries.filter((e) => e.browser).length).toBeGreaterThanOrEqual(30);
  });

  it('lint passes the catalogue (validation only: tests/self/catalogue.test.ts runs the reference handler over it)', () => {
    const run = faultline('lint', '--no-run');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^\d+ scenario files, \d+ scenarios, 0 bad$/m);
  });

  it('lint runs the reference handler and names a step it never reaches, and refuses an unknown option', () => {
    const run = faultline('lint', 'tests/fixtures/unreachable');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/1 scenario files, 1 scenarios, 1 bad/);
    expect(run.stderr).toMatch(
      /captcha-then-crash\.scenario\.ts: scenario "hcompany\/captcha-then-crash": the reference handler ends it before its step is tested \(armed fault never fired: schedule\[1\] hcompany\.session/,
    );
    const bad = faultline('lint', '--fast');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown option for lint: --fast/);
  });

  it('lint names every bad file, each bad field and what was expected, and exits 1', () => {
    const run = faultline('lint', 'tests/fixtures/bad-catalogue');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/4 scenario files, 1 scenarios, 3 bad/);
    expect(run.stderr).toMatch(
      /unknown-fault\.scenario\.ts: scenario "skyvern\/unknown-fault" is invalid:\n\s+schedule\[0\]\.fault: unknown fault "skyvern\.rn"; expected one of: /,
    );
    expect(run.stderr).toMatch(/schedule\[1\]\.with\.status: Invalid input: expected string, received number/);
    expect(run.stderr).toMatch(
      /wrong-place\.scenario\.ts: scenario "skyvern\/misplaced": the id must match the file's path: expected "hcompany\/wrong-place" here/,
    );
    expect(run.stderr).toMatch(
      /bad-fields\.scenario\.ts[\s\S]*schedule\[0\]\.with\.page: unknown fixture page "\/nope"[\s\S]*expect\.end\[0\]: Invalid option: expected one of "accept"\|"abort"\|"escalate"/,
    );
    expect(run.stderr).not.toMatch(/good\.scenario\.ts/);
  });

  it('coverage maps every seed row to scenarios, counts scenarios per kind and passes the catalogue', () => {
    const run = faultline('coverage');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^ {2}skyvern:error_code:login_failed +.*skyvern\/terminated-login-failed/m);
    expect(run.stdout).toMatch(/^ {2}skyvern:status:queued +\(exempt: non-terminal/m);
    expect(run.stdout).toMatch(/^ {2}agent\.captcha +\d+ {2}\(\d+ \/ \d+ \/ \d+ \/ \d+\)$/m);
    expect(run.stdout).toMatch(/^ {2}cli +\d+ {2}\(\d+ \/ 0 \/ 0 \/ 0\)$/m);
    expect(run.stdout).toMatch(
      /^(\d+)\/\1 coverable seed rows covered \(4 exempt, \d+ in all\); 45\/45 kinds with ≥ 2 scenarios$/m,
    );
  });

  it('schema prints the scenario spec as JSON Schema', () => {
    const schema = JSON.parse(faultline('schema').stdout);
    // A fleet may arm only platform-wide faults, so `schedule` may be left out (it defaults to []).
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'expect']));
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['schedule', 'fleet']));
    const steps = schema.properties.schedule.items.oneOf as Array<{
      properties: { fault: { const: string }; with: { required?: string[] } };
    }>;
    const gateway = steps.find((step) => step.properties.fault.const === 'webcompute.gateway');
    expect(gateway?.properties.with.required).toEqual(['status', 'code']);
  });

  it('an unknown command gets the usage and exit code 2', () => {
    const run = faultline('frobnicate');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown command: frobnicate[\s\S]*usage: faultline/);
  });

  it('serve runs a simulator on a loopback port, armed from a scenario, until Ctrl-C', async () => {
    const child = spawn('node', [
      'bin/faultline.mjs',
      'serve',
      '--provider',
      'hcompany',
      '--scenario',
      'hcompany/rate-limited-retry-after-30-thrice',
      '--port',
      '0',
      '--api-key',
      'k1',
    ]);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    try {
      const baseUrl = await new Promise<string>((resolve, reject) => {
        child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
        child.once('exit', () => reject(new Error(`serve exited: ${stderr}`)));
      });
      expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const body = JSON.stringify({ agent: 'h/web-surfer-flash', messages: [{ type: 'user_message', message: 'x' }] });
      const create = () =>
        fetch(`${baseUrl}/api/v2/sessions`, {
          method: 'POST',
          headers: { authorization: 'Bearer k1', 'content-type': 'application/json' },
          body,
        });
      const limited = await create();
      expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '30']);
      await create();
      await create();
      const session = await (await create()).json();
      expect(session).toMatchObject({ status: { status: 'pending' } });
      expect(
        (await fetch(`${baseUrl}/api/v2/sessions/${session.id}`, { headers: { authorization: 'Bearer k1' } })).status,
      ).toBe(200);
      expect((await fetch(`${baseUrl}/api/v2/sessions`, { method: 'POST', body: '{}' })).status).toBe(401);
      const unknown = await fetch(`${baseUrl}/v9/nope`);
      expect([unknown.status, await unknown.text()]).toEqual([
        404,
        expect.stringContaining(`no route for GET ${baseUrl}/v9/nope`),
      ]);
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      await expect(fetch(baseUrl)).rejects.toThrow();
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);

  it('serve refuses a bad provider, port or scenario with a clear error', () => {
    expect(faultline('serve', '--provider', 'nope').stderr).toMatch(
      /--provider: expected one of hcompany, skyvern, webcompute, problem, got "nope"/,
    );
    expect(faultline('serve', '--provider', 'skyvern', '--port', 'x').stderr).toMatch(/--port: expected a port number/);
    const run = faultline('serve', '--provider', 'skyvern', '--scenario', 'hcompany/unauthorized');
    expect([run.status, run.stderr]).toEqual([
      2,
      expect.stringMatching(/"hcompany\/unauthorized" is not a client-mode scenario of skyvern/),
    ]);
  });
  it('new --fault writes a scenario to scenarios/ that passes against the reference handler; refuses to overwrite it without --force', () => {
    const cwd = scratchInRepo();
    const id = 'webcompute/cli-new-fault';
    const file = `scenarios/${id}.scenario.ts`;
    try {
      const run = faultlineIn(cwd, 'new', id, '--fault', 'webcompute.gateway');
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`wrote ${file} \\(platform\\.rate_limited\\)`));
      const text = readFileSync(join(cwd, file), 'utf8');
      expect(text).toContain(`export default scenario('${id}', {`);
      expect(text).toMatch(
        /fault: 'webcompute\.gateway',[\s\S]*status: 429,[\s\S]*expect: \{ end: \['accept'\], kinds: \['platform\.rate_limited'\] \}/,
      );
      // lint runs the reference handler over it and checks that every armed step fires.
      const lint = faultlineIn(cwd, 'lint', 'scenarios');
      expect([lint.status, lint.stdout], lint.stderr).toEqual([
        0,
        expect.stringMatching(/^1 scenario files, 1 scenarios, 0 bad$/m),
      ]);

      const again = faultlineIn(cwd, 'new', id, '--fault', 'webcompute.gateway');
      expect([again.status, again.stderr]).toEqual([
        1,
        expect.stringMatching(/already exists; pass --force to overwrite it/),
      ]);
      const forced = faultlineIn(
        cwd,
        'new',
        id,
        '--fault',
        'webcompute.gateway',
        '--force',
        '--with',
        '{"status":429,"code":"RATE_LIMITED","retryable":false,"next":"abort"}',
      );
      expect(forced.status, forced.stderr).toBe(0);
      expect(readFileSync(join(cwd, file), 'utf8')).toMatch(/next: 'abort'[\s\S]*end: \['abort', 'escalate'\]/);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  }, 180_000);

  it('new --from replays a captured payload with its secrets redacted, and it passes against the reference handler', () => {
    const canary = 'hai_live_CANARYtest1234567890abcd';
    const dir = mkdtempSync(join(tmpdir(), 'faultline-new-'));
    const payload = join(dir, 'prod-429.json');
    writeFileSync(
      payload,
      JSON.stringify({
        status: 429,
        headers: {
          'retry-after': '2',
          authorization: `Bearer ${canary}`,
          'x-api-key': canary,
          'x-request-id': 'req_9',
        },
        body: {
          code: 'RATE_LIMITED',
          type: 'rate_limit',
          retryable: true,
          message: `Too many requests for key ${canary}`,
        },
      }),
    );
    const cwd = scratchInRepo();
    const id = 'webcompute/cli-new-from';
    try {
      const run = faultlineIn(cwd, 'new', id, '--from', payload);
      expect(run.status, run.stderr).toBe(0);
      const text = readFileSync(join(cwd, `scenarios/${id}.scenario.ts`), 'utf8');
      expect(text).not.toContain(canary);
      expect(text).not.toMatch(/CANARY|Bearer|authorization:|'x-api-key':/);
      expect(text.split('\n')[0]).toMatch(/^\/\/ .*prod-429\.json.*platform\.rate_limited/);
      expect(text).toMatch(/fault: 'http\.response'[\s\S]*'retry-after': '2'[\s\S]*\[redacted\]/);
      expect(run.stderr).toMatch(/dropped headers that carry credentials: authorization, x-api-key/);
      const lint = faultlineIn(cwd, 'lint', 'scenarios');
      expect([lint.status, lint.stdout], lint.stderr).toEqual([
        0,
        expect.stringMatching(/^1 scenario files, 1 scenarios, 0 bad$/m),
      ]);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('new refuses bad input with a message naming the flag or file (exit 1) and a bad command line with the usage (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-new-'));
    const notJson = join(dir, 'capture.json');
    writeFileSync(notJson, '{"status": 429,');
    const cases: Array<[string[], number, RegExp]> = [
      [
        ['Skyvern/X', '--fault', 'skyvern.run'],
        1,
        /scenario id "Skyvern\/X": expected "<provider>\/<name>" in lower-case kebab words/,
      ],
      [['nope/x', '--fault', 'skyvern.run'], 1, /unknown provider "nope"; expected one of: hcompany, skyvern/],
      [
        ['skyvern/x', '--fault', 'skyvern.rn'],
        1,
        /--fault: unknown fault "skyvern\.rn"; expected one of: hcompany\.session, skyvern\.run/,
      ],
      [
        ['skyvern/x', '--fault', 'hcompany.session'],
        1,
        /--fault: fault "hcompany\.session" is for hcompany, not for provider "skyvern"/,
      ],
      [['skyvern/x', '--fault', 'site.page'], 1, /--fault: "site\.page" drives a real browser/],
      [['skyvern/x', '--fault', 'skyvern.run', '--with', '{status:'], 1, /--with: not valid JSON/],
      [
        ['skyvern/x', '--fault', 'skyvern.run', '--with', '{"status":3}'],
        1,
        /--with: invalid parameters for skyvern\.run:\n {2}with\.status: /,
      ],
      [['skyvern/x', '--from', join(dir, 'missing.json')], 1, /--from: no such file: .*missing\.json/],
      [['skyvern/x', '--from', notJson], 1, /--from .*capture\.json: not a JSON file/],
      [
        ['skyvern/terminated-login-failed', '--fault', 'skyvern.run'],
        1,
        /scenarios\/skyvern\/terminated-login-failed\.scenario\.ts already exists; pass --force/,
      ],
      [['skyvern/x'], 2, /new: give either --fault <fault-id> or --from <payload\.json>[\s\S]*usage: faultline/],
      [['skyvern/x', '--fault', 'skyvern.run', '--from', notJson], 2, /give either --fault/],
      [['--fault', 'skyvern.run'], 2, /expected one scenario id/],
      [['skyvern/x', '--fault', 'skyvern.run', '--bogus'], 2, /Unknown option '--bogus'/],
    ];
    try {
      for (const [args, status, stderr] of cases) {
        const run = await faultlineHere('new', ...args);
        expect([args.join(' '), run.status, run.stderr]).toEqual([
          args.join(' '),
          status,
          expect.stringMatching(stderr),
        ]);
      }
      expect(existsSync('scenarios/skyvern/x.scenario.ts')).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('new refuses an id the bundled catalogue already declares, whatever folder it writes to', () => {
    const dir = scratchInRepo();
    try {
      const run = faultline('new', 'skyvern/terminated-login-failed', '--fault', 'skyvern.run', '--dir', dir);
      expect([run.status, run.stderr]).toEqual([
        1,
        expect.stringContaining(
          'scenario id "skyvern/terminated-login-failed" is already used by scenarios/skyvern/terminated-login-failed.scenario.ts',
        ),
      ]);
      const written = faultline(
        'new',
        'skyvern/acme-canceled',
        '--fault',
        'skyvern.run',
        '--with',
        '{"status":"canceled"}',
        '--dir',
        dir,
      );
      expect(written.status, written.stderr).toBe(0);
      const file = join(dir, 'skyvern/acme-canceled.scenario.ts');
      expect(readFileSync(file, 'utf8')).toMatch(/^import \{ scenario \} from 'faultline';$/m);
      expect(faultline('lint', dir).stdout).toMatch(/^1 scenario files, 1 scenarios, 0 bad$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('diff lists what got worse or better per handler and exits 1 on a regression; a missing or malformed file is a clear error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-diff-'));
    try {
      const write = (name: string, text: string) => {
        writeFileSync(join(dir, name), text);
        return join(dir, name);
      };
      const old = write(
        'old.json',
        conformanceJson(
          [entry('webcompute/rate-limited-retry-after', 'mine', 'pass'), entry('hcompany/captcha', 'mine', 'fail')],
          7,
        ),
      );
      const worse = write(
        'worse.json',
        conformanceJson(
          [
            entry('webcompute/rate-limited-retry-after', 'mine', 'fail', {
              broken: [{ rule: 'retry-after', level: 'must', attempt: 1 }],
            }),
            entry('hcompany/captcha', 'mine', 'pass'),
          ],
          8,
        ),
      );
      const run = faultline('diff', old, worse);
      expect([run.status, run.stdout]).toEqual([
        1,
        [
          'mine: 1 worse, 1 better, 0 added, 0 removed',
          '  worse    webcompute/rate-limited-retry-after: pass → fail (retry-after (must))',
          '  better   hcompany/captcha: fail → pass',
          '',
        ].join('\n'),
      ]);
      // A malformed file: the message alone (the in-process tests cover the other bad inputs).
      const garbled = faultline('diff', write('garbled.json', '{"entries": [{"scenario": 1}]}'), old);
      expect(garbled.status).toBe(1);
      expect(garbled.stderr).toMatch(
        /^faultline: .*garbled\.json: not a conformance report:\n {2}seed: Invalid input: expected number, received undefined\n {2}entries\[0\]\.scenario: Invalid input: expected string, received number/,
      );
      expect(garbled.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
