import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs the faultline command as a user would. */
const faultline = (...args: string[]) => spawnSync('node', ['bin/faultline.mjs', ...args], { encoding: 'utf8', timeout: 60_000 });

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
      mode: 'policy',
      browser: false,
      client: true,
      kinds: ['agent.login_required'],
      sources: ['skyvern:status:terminated', 'skyvern:error_code:login_failed'],
    });
    expect(entries.filter((e) => e.browser).length).toBeGreaterThanOrEqual(30);
  });

  it('lint passes the catalogue', () => {
    const run = faultline('lint');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^\d+ scenario files, \d+ scenarios, 0 bad$/m);
  });

  it('lint names every bad file, each bad field and what was expected, and exits 1', () => {
    const run = faultline('lint', 'tests/fixtures/bad-catalogue');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/3 scenario files, 1 scenarios, 2 bad/);
    expect(run.stderr).toMatch(/unknown-fault\.scenario\.ts: scenario "lint\/unknown-fault" is invalid:\n\s+schedule\[0\]\.fault: unknown fault "skyvern\.rn"; expected one of: /);
    expect(run.stderr).toMatch(/bad-fields\.scenario\.ts[\s\S]*schedule\[0\]\.with\.page: unknown fixture page "\/nope"[\s\S]*expect\.end\[0\]: Invalid option: expected one of "accept"\|"abort"\|"escalate"/);
    expect(run.stderr).not.toMatch(/good\.scenario\.ts/);
  });

  it('coverage maps every seed row to scenarios, counts scenarios per kind and passes the catalogue', () => {
    const run = faultline('coverage');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^ {2}skyvern:error_code:login_failed +.*skyvern\/terminated-login-failed/m);
    expect(run.stdout).toMatch(/^ {2}skyvern:status:queued +\(exempt: non-terminal/m);
    expect(run.stdout).toMatch(/^ {2}agent\.captcha +\d+ {2}\(\d+ \/ \d+ \/ \d+\)$/m);
    expect(run.stdout).toMatch(/^(\d+)\/\1 coverable seed rows covered \(3 exempt, \d+ in all\); 45\/45 kinds with ≥ 2 scenarios$/m);
  });

  it('schema prints the scenario spec as JSON Schema', () => {
    const schema = JSON.parse(faultline('schema').stdout);
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'provider', 'schedule', 'expect']));
    expect(schema.properties.provider.enum).toContain('webcompute');
  });

  it('an unknown command gets the usage and exit code 2', () => {
    const run = faultline('frobnicate');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown command: frobnicate[\s\S]*usage: faultline/);
  });

  it('serve runs a simulator on a loopback port, armed from a scenario, until Ctrl-C', async () => {
    const child = spawn('node', ['bin/faultline.mjs', 'serve', '--provider', 'hcompany', '--scenario', 'hcompany/rate-limited-retry-after-30-thrice', '--port', '0', '--api-key', 'k1']);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    try {
      const baseUrl = await new Promise<string>((resolve, reject) => {
        child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
        child.once('exit', () => reject(new Error(`serve exited: ${stderr}`)));
      });
      expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const create = () => fetch(`${baseUrl}/v1/sessions`, { method: 'POST', headers: { authorization: 'Bearer k1', 'content-type': 'application/json' }, body: '{"messages":"x"}' });
      const limited = await create();
      expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '30']);
      await create();
      await create();
      const session = await (await create()).json();
      expect(session).toMatchObject({ status: 'pending' });
      expect((await fetch(`${baseUrl}/v1/sessions/${session.id}`, { headers: { authorization: 'Bearer k1' } })).status).toBe(200);
      expect((await fetch(`${baseUrl}/v1/sessions`, { method: 'POST', body: '{}' })).status).toBe(401);
      const unknown = await fetch(`${baseUrl}/v9/nope`);
      expect([unknown.status, await unknown.text()]).toEqual([404, expect.stringContaining(`no route for GET ${baseUrl}/v9/nope`)]);
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      await expect(fetch(baseUrl)).rejects.toThrow();
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);

  it('serve refuses a bad provider, port or scenario with a clear error', () => {
    expect(faultline('serve', '--provider', 'nope').stderr).toMatch(/--provider: expected one of hcompany, skyvern, webcompute, problem, got "nope"/);
    expect(faultline('serve', '--provider', 'skyvern', '--port', 'x').stderr).toMatch(/--port: expected a port number/);
    const run = faultline('serve', '--provider', 'skyvern', '--scenario', 'hcompany/unauthorized');
    expect([run.status, run.stderr]).toEqual([2, expect.stringMatching(/"hcompany\/unauthorized" is not a client-mode scenario of skyvern/)]);
  });
});
