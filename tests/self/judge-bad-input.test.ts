import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandClient } from '../../harness/contract/index.ts';
import { loadCatalogue } from '../../harness/catalogue/load.ts';
import { traceJson } from '../../harness/runner/report-result.ts';
import { runCommandScenario, type CommandScenarioOutcome } from '../../harness/runner/process/run-command-scenario.ts';
import type { Scenario } from '../../harness/scenario/define.ts';
import { CANARY_API_KEY } from '../../mocks/secrets.ts';

// Every bad-input case of `faultline judge` (issue 15), on one problem-API scenario: each must be a
// clear verdict naming what the command did, and leave no process and no port behind.
const scratch = mkdtempSync(join(tmpdir(), 'faultline-judge-bad-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let forbidden: Scenario;
let anHour: Scenario;
beforeAll(async () => {
  const catalogue = await loadCatalogue();
  forbidden = catalogue.find((s) => s.id === 'problem/forbidden')!;
  anHour = catalogue.find((s) => s.id === 'problem/unavailable-an-hour')!;
}, 60_000);

const SHORT = { virtualMs: 2_000, backoffStreak: 0 };
const POST =
  'curl -s -o /dev/null -X POST "$FAULTLINE_BASE_URL/v1/tasks" -H "authorization: Bearer $FAULTLINE_API_KEY" -H "content-type: application/json"';
const sh = (script: string, env?: Record<string, string>): CommandClient => ({
  name: 'bad',
  command: ['sh', '-c', script],
  providers: ['problem'],
  ...(env && { env }),
});
const judged = async (
  client: CommandClient,
  realLimitMs = 20_000,
  scenario = forbidden,
): Promise<CommandScenarioOutcome & { skipped: null }> => {
  const outcome = await runCommandScenario(scenario, { client, seed: 7, realLimitMs, reference: SHORT });
  if (outcome.skipped !== null) throw new Error(`skipped: ${outcome.skipped}`);
  return outcome;
};
const problems = (outcome: { problems: string[] }) => outcome.problems.join('\n');

/** Processes whose command line contains `marker`, on this machine. */
function processesWith(marker: string): string[] {
  return readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .flatMap((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
        return cmdline.includes(marker) ? [`${pid} ${cmdline}`] : [];
      } catch {
        return [];
      }
    });
}

describe('faultline judge: bad input gets a clear per-scenario verdict and leaves nothing behind', () => {
  it('a command that is not there, or not executable', async () => {
    expect(problems(await judged({ name: 'bad', command: ['./no-such-client-4711'], providers: ['problem'] }))).toMatch(
      /the command could not start: \.\/no-such-client-4711 was not found \(ENOENT/,
    );
    const file = join(scratch, 'not-executable.sh');
    writeFileSync(file, '#!/bin/sh\nexit 0\n');
    chmodSync(file, 0o644);
    expect(problems(await judged({ name: 'bad', command: [file], providers: ['problem'] }))).toMatch(
      /is not executable \(EACCES\)/,
    );
  });

  it('a command that exits non-zero before any request, with its last output', async () => {
    const outcome = await judged(sh('echo "ModuleNotFoundError: No module named requests" >&2; exit 3'));
    expect(outcome.grade).toBe('fail');
    expect(problems(outcome)).toMatch(
      /the client exited with code 3 before sending any request; its last output:\n\s+ModuleNotFoundError: No module named requests/,
    );
  });

  it('a command that never writes a result, or writes garbage', async () => {
    expect(problems(await judged(sh(`${POST} --data '{"prompt":"x"}'; exit 0`)))).toMatch(
      /the client exited with code 0 without writing a result to FAULTLINE_RESULT/,
    );
    expect(
      problems(await judged(sh(`${POST} --data '{"prompt":"x"}'; echo 'gave up!' > "$FAULTLINE_RESULT"`))),
    ).toMatch(/the client wrote "gave up!\\n" to FAULTLINE_RESULT, which is not JSON/);
    expect(
      problems(
        await judged(sh(`${POST} --data '{"prompt":"x"}'; echo '{"outcome":"finished"}' > "$FAULTLINE_RESULT"`)),
      ),
    ).toMatch(
      /the client wrote \{"outcome":"finished"\} to FAULTLINE_RESULT, not a result \{ outcome: 'accepted' \| 'gave_up' \| 'escalated', … \}:\n\s+outcome: /,
    );
  });

  it('a command that hangs: its whole process group is killed at the real-time limit', async () => {
    const outcome = await judged(sh(`${POST} --data '{"prompt":"x"}'; sleep 987.654 & sleep 987.655`), 4_000);
    expect(problems(outcome)).toMatch(
      /the client did not exit within [\d,]+ ms of real time \([\d,]+ ms of virtual time at ×\d+\); its process group was killed; last request: \+[\d,]+ms POST \/v1\/tasks → 403/,
    );
    expect(processesWith('987.65')).toEqual([]);
  });

  it('a command that forks a child which outlives it: the child is named and killed', async () => {
    // (The child may not have exec'd `sleep` yet when the shell exits: then it is named by the shell's command line.)
    const outcome = await judged(
      sh(
        `${POST} --data '{"prompt":"x"}'; sleep 876.543 & echo '{"outcome":"gave_up","reason":"forbidden"}' > "$FAULTLINE_RESULT"`,
      ),
    );
    expect(problems(outcome)).toMatch(
      /the client exited but left 1 process running \(\d+ [^)]*876\.543[^)]*\); they were killed with its process group/,
    );
    expect(processesWith('876.543')).toEqual([]);
  });

  it('malformed requests and unknown endpoints are named', async () => {
    const outcome = await judged(
      sh(
        `${POST} --data '{"max_steps":3}'; ${POST} --data 'not json'; curl -s -o /dev/null "$FAULTLINE_BASE_URL/v1/nope"; echo '{"outcome":"gave_up","reason":"x"}' > "$FAULTLINE_RESULT"`,
      ),
    );
    expect(problems(outcome)).toMatch(
      /the platform refused a malformed request: POST \/v1\/tasks \(request 1\): body\.prompt: Field required/,
    );
    expect(problems(outcome)).toMatch(
      /the platform refused a malformed request: POST \/v1\/tasks \(request 2\): the body is not JSON/,
    );
    expect(problems(outcome)).toMatch(
      /the client called GET http:\/\/127\.0\.0\.1:\d+\/v1\/nope, which the problem simulator does not know/,
    );
  });

  it("the API key is a canary that reaches no message and no trace, and the simulator's port is closed afterwards", async () => {
    const side = join(scratch, 'base-url');
    const outcome = await judged(
      sh(
        `echo "$FAULTLINE_BASE_URL" > "$SIDE"; echo "my key is $FAULTLINE_API_KEY, or $FAULTLINE_REFRESHED_API_KEY" >&2; exit 1`,
        { SIDE: side },
      ),
    );
    expect(problems(outcome)).toMatch(/my key is \[redacted\], or \[redacted\]/);
    expect(traceJson(outcome)).not.toContain(CANARY_API_KEY);
    const port = Number(new URL(readFileSync(side, 'utf8').trim()).port);
    const refused = await new Promise<string>((resolve) =>
      connect(port, '127.0.0.1')
        .on('connect', () => resolve('connected'))
        .on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error')),
    );
    expect(refused).toBe('ECONNREFUSED');
  });

  it('a client that runs in real time skips the scenarios longer than the real-time limit, saying why; the others it runs', async () => {
    const plan = { kind: 'real' as const, why: 'this client is statically linked' };
    const long = await runCommandScenario(anHour, {
      client: sh('exit 0'),
      seed: 7,
      realLimitMs: 20_000,
      reference: { virtualMs: 3_604_000, backoffStreak: 0 },
      plan,
    });
    expect(long.skipped).toMatch(
      /needs about 3,604,000 ms of waiting \(the reference client's time\), more than the real-time limit of 20,000 ms: this client is statically linked/,
    );
    const short = await runCommandScenario(forbidden, {
      client: sh(
        `${POST} --data '{"prompt":"x"}'; echo '{"outcome":"gave_up","reason":"forbidden"}' > "$FAULTLINE_RESULT"`,
      ),
      seed: 7,
      realLimitMs: 20_000,
      reference: SHORT,
      plan,
    });
    expect(short).toMatchObject({ skipped: null, grade: 'pass', timeFactor: 1 });
  });
});
