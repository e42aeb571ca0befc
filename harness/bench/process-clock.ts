import type { CommandClient } from '../contract/index.ts';
import type { Scenario } from '../scenario/define.ts';
import { runCommandScenario } from '../runner/process/run-command-scenario.ts';
import type { ReferenceRun } from '../runner/process/time-factor.ts';

/** How a runtime's sleeps were judged: each measured delay minus what the client slept, in virtual ms. */
export interface SleepAccuracy {
  runtime: string;
  timeFactor: number;
  /** Every measured delay minus the sleep, in virtual ms (never below 0: overhead only adds). */
  overshootMs: number[];
  passed: boolean;
}

const SLEEP_S = 30;
const PROMPT = '{"prompt":"bench"}';

/** One process client per runtime: post the task, sleep exactly 30 s after each 429, accept the 200. */
const RUNTIMES: Record<string, string[]> = {
  'python time.sleep': ['python3', '-c', pythonClient('time.sleep(30)')],
  'python asyncio.sleep': ['python3', '-c', pythonClient('asyncio.run(asyncio.sleep(30))')],
  'node setTimeout': [
    'node',
    '-e',
    `
    const post = () => fetch(process.env.FAULTLINE_BASE_URL + '/v1/tasks', { method: 'POST', headers: { authorization: 'Bearer ' + process.env.FAULTLINE_API_KEY, 'content-type': 'application/json' }, body: '${PROMPT}' });
    (async () => { let r; while ((r = await post()).status === 429) { await r.text(); await new Promise((ok) => setTimeout(ok, ${SLEEP_S * 1000})); }
      require('fs').writeFileSync(process.env.FAULTLINE_RESULT, JSON.stringify({ outcome: 'accepted', answer: await r.json() })); })();`,
  ],
  'sh sleep': [
    'sh',
    '-c',
    `
    while [ "$(curl -s -o "$FAULTLINE_RESULT.body" -w '%{http_code}' -X POST "$FAULTLINE_BASE_URL/v1/tasks" -H "authorization: Bearer $FAULTLINE_API_KEY" -H 'content-type: application/json' --data '${PROMPT}')" = 429 ]; do sleep ${SLEEP_S}; done
    printf '{"outcome":"accepted","answer":%s}' "$(cat "$FAULTLINE_RESULT.body")" > "$FAULTLINE_RESULT"`,
  ],
};

function pythonClient(sleep: string): string {
  return [
    'import asyncio, json, os, time, urllib.error, urllib.request',
    'def post():',
    `    req = urllib.request.Request(os.environ["FAULTLINE_BASE_URL"] + "/v1/tasks", data=b'${PROMPT}', method="POST", headers={"authorization": "Bearer " + os.environ["FAULTLINE_API_KEY"], "content-type": "application/json"})`,
    '    try:',
    '        with urllib.request.urlopen(req) as r: return json.loads(r.read())',
    '    except urllib.error.HTTPError as e:',
    '        if e.code != 429: raise',
    'while (answer := post()) is None:',
    `    ${sleep}`,
    'json.dump({"outcome": "accepted", "answer": answer}, open(os.environ["FAULTLINE_RESULT"], "w"))',
  ].join('\n');
}

/**
 * Judges each runtime's 30 s sleeps on a scenario of three `Retry-After: 30` answers
 * (`problem/retry-after-30-thrice`), as `faultline judge` would: how much longer than 30 s each
 * judged wait came out, at the scenario's time factor.
 *
 * @example
 * await measureProcessClock(scenario, { virtualMs: 98_000, backoffStreak: 0 });
 * // [{ runtime: 'python time.sleep', timeFactor: 196, overshootMs: [412, 380, 395], passed: true }, …]
 */
export async function measureProcessClock(scenario: Scenario, reference: ReferenceRun): Promise<SleepAccuracy[]> {
  const results: SleepAccuracy[] = [];
  for (const [runtime, command] of Object.entries(RUNTIMES)) {
    const client: CommandClient = { name: runtime, command, providers: ['problem'] };
    const outcome = await runCommandScenario(scenario, { client, seed: 1, realLimitMs: 30_000, reference });
    if (outcome.skipped !== null) throw new Error(`${runtime}: skipped: ${outcome.skipped}`);
    const delays = outcome.attempts.flatMap((a) =>
      a.decision.action === 'retry' ? [a.decision.delayMs - SLEEP_S * 1000] : [],
    );
    results.push({ runtime, timeFactor: outcome.timeFactor, overshootMs: delays, passed: outcome.grade === 'pass' });
  }
  return results;
}
