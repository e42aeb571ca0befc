import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const scratch = mkdtempSync(join(tmpdir(), 'faultline-consumer-'));
const consumer = join(scratch, 'acme');
afterAll(() => rmSync(scratch, { recursive: true, force: true }), 60_000);

const ownPackage = JSON.parse(readFileSync('package.json', 'utf8'));
/** The bundled scenario copied into the consumer's repository. */
const COPIED = 'skyvern/terminated-login-failed';

/** Writes a file of the throwaway consumer project. */
function write(path: string, text: string): void {
  mkdirSync(join(consumer, path, '..'), { recursive: true });
  writeFileSync(join(consumer, path), text);
}

function run(command: string, args: string[], cwd = consumer) {
  return spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, FAULTLINE_SEED: '3', FAULTLINE_HANDLER: '' },
  });
}

beforeAll(() => {
  const packed = run('npm', ['pack', '--pack-destination', scratch], process.cwd());
  expect(packed.status, packed.stderr).toBe(0);
  const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz'))!;
  write(
    'package.json',
    JSON.stringify(
      {
        name: 'acme-agent',
        private: true,
        type: 'module',
        devDependencies: {
          faultline: `file:${join(scratch, tarball)}`,
          '@playwright/test': ownPackage.devDependencies['@playwright/test'],
        },
      },
      null,
      2,
    ),
  );
  const installed = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund']);
  expect(installed.status, installed.stderr).toBe(0);
  write(
    'src/recovery.ts',
    `import { referenceHandler, type RecoveryHandler } from 'faultline';

// Acme's policy: the reference one, but a captcha always goes to the on-call human.
const recovery: RecoveryHandler = {
  name: 'acme-recovery',
  decide: (failure, ctx) => failure.kind === 'agent.captcha' ? { action: 'escalate', to: 'human', reason: 'on-call' } : referenceHandler.decide(failure, ctx),
};
export default recovery;
`,
  );
  write(
    'faultline/hcompany/acme-rate-limited.scenario.ts',
    `import { scenario } from 'faultline';

export default scenario('hcompany/acme-rate-limited', {
  title: 'Acme saw this 429 in production: wait what it says',
  schedule: [{ fault: 'http.response', with: { status: 429, headers: { 'retry-after': '7' }, json: { detail: 'Rate limit exceeded' } } }],
  expect: { end: ['accept'], kinds: ['platform.concurrency_limit'] },
});
`,
  );
  // A bundled scenario file, copied byte for byte, runs in the consumer's repository as it is.
  write(`copied/${COPIED}.scenario.ts`, readFileSync(`scenarios/${COPIED}.scenario.ts`, 'utf8'));
  write(
    'copied.config.ts',
    `import { defineFaultlineConfig } from 'faultline/config';

export default defineFaultlineConfig({ handlers: ['./src/recovery.ts'], scenarios: ['./copied'], bundled: false });
`,
  );
  write(
    'playwright.config.ts',
    `import { defineFaultlineConfig } from 'faultline/config';

export default defineFaultlineConfig({ handlers: ['./src/recovery.ts'], scenarios: ['./faultline'] });
`,
  );
  write(
    'msw-check.mjs',
    `import { setupServer } from 'msw/node';
import { hcompanySimulator } from 'faultline/simulators';

const sim = hcompanySimulator({ baseUrl: 'https://api.hcompany.test', apiKeys: ['k'], seed: 1 });
const server = setupServer(...sim.handlers);
server.listen({ onUnhandledRequest: 'error' });
const body = JSON.stringify({ agent: 'h/web-surfer-flash', messages: [{ type: 'user_message', message: 'hi' }] });
const res = await fetch('https://api.hcompany.test/api/v2/sessions', { method: 'POST', headers: { authorization: 'Bearer k' }, body });
console.log(res.status, (await res.json()).status.status);
server.close();
`,
  );
}, 600_000);

describe('use from another repository (npm pack → install → run)', () => {
  it("runs the consumer's handler over its own scenario and the bundled catalogue", () => {
    const report = join(scratch, 'report.json');
    const result = spawnSync(
      'npx',
      [
        'playwright',
        'test',
        'acme-rate-limited|hcompany/outcome-infeasible|hcompany/browser-renderer-crash',
        '--reporter=json',
      ],
      {
        cwd: consumer,
        encoding: 'utf8',
        timeout: 300_000,
        env: { ...process.env, FAULTLINE_SEED: '3', FAULTLINE_HANDLER: '', PLAYWRIGHT_JSON_OUTPUT_NAME: report },
      },
    );
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const json = JSON.parse(readFileSync(report, 'utf8'));
    const titles: string[] = [];
    const walk = (suite: {
      specs?: Array<{ title: string; tests: Array<{ projectName: string; status: string }> }>;
      suites?: unknown[];
    }) => {
      for (const spec of suite.specs ?? [])
        for (const t of spec.tests) titles.push(`${t.projectName} › ${spec.title} → ${t.status}`);
      for (const child of suite.suites ?? []) walk(child as typeof suite);
    };
    json.suites.forEach(walk);
    expect(titles.sort()).toEqual([
      'acme-recovery › hcompany/acme-rate-limited → expected',
      'acme-recovery › hcompany/browser-renderer-crash → expected',
      'acme-recovery › hcompany/outcome-infeasible → expected',
    ]);
  }, 300_000);

  it('runs a bundled scenario file copied into the repository unchanged, and lints the folder', () => {
    const result = run('npx', ['playwright', 'test', '-c', 'copied.config.ts', '--reporter=line']);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/1 passed/);
    const lint = run('npx', ['faultline', 'lint', 'copied', 'faultline']);
    expect(lint.status, lint.stdout + lint.stderr).toBe(0);
    expect(lint.stdout).toMatch(/^2 scenario files, 2 scenarios, 0 bad$/m);
  }, 300_000);

  it('exposes the simulators as plain MSW handlers and the faultline command', () => {
    const check = run('node', ['msw-check.mjs']);
    expect(check.stdout.trim(), check.stderr).toBe('201 pending');
    const doctor = run('npx', ['faultline', 'doctor']);
    expect(doctor.status, doctor.stderr).toBe(0);
    expect(doctor.stdout).toMatch(/^browser: /);
  }, 120_000);
});
