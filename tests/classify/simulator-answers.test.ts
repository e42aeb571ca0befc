import { describe, expect, it } from 'vitest';
import { classify } from '../../harness/classify/index.ts';
import type { FailureKind } from '../../harness/contract/index.ts';
import { MAX_CONCURRENT_SESSIONS } from '../../mocks/hcompany/simulator.ts';
import { SIMULATED_ORIGINS } from '../../mocks/simulators.ts';
import { jsonInit, KEY, mount, send, useSimulatorWorld } from '../simulators/helpers.ts';

// The refusals H Company's and Skyvern's simulators send carry no code ({"detail": "…"}), the problem
// simulator's a type of Faultline's own: these pin that the classifier reads them as the kinds they
// are, by H's documented statuses, the exactly known idempotency messages and the known problem
// types, with no word of a text or type guessed at.
const world = useSimulatorWorld();

/** The simulator's answer, classified as a client would. */
type Platform = 'hcompany' | 'skyvern' | 'problem';

async function kindOf(provider: Platform, response: Response): Promise<FailureKind | string> {
  const result = classify({
    provider,
    response: { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() },
  });
  return result.state === 'failure' ? result.failure.kind : result.state;
}

/** How each platform starts a run: its path, body and API-key header. */
const CREATE = {
  hcompany: {
    path: '/api/v2/sessions',
    body: (task: string) => ({ agent: 'h/web-surfer-flash', messages: [{ type: 'user_message', message: task }] }),
    auth: {},
  },
  skyvern: { path: '/v1/run/tasks', body: (task: string) => ({ prompt: task }), auth: { 'x-api-key': KEY } },
  problem: { path: '/v1/tasks', body: (task: string) => ({ prompt: task }), auth: {} },
} as const;
const create = (provider: Platform, task: string, key?: string) =>
  send(
    world.clock(),
    `${SIMULATED_ORIGINS[provider]}${CREATE[provider].path}`,
    jsonInit(CREATE[provider].body(task), { ...CREATE[provider].auth, ...(key ? { 'idempotency-key': key } : {}) }),
  );

describe('what the simulators refuse with classifies as what it is', () => {
  it(`H Company: a session past the ${MAX_CONCURRENT_SESSIONS} allowed at once → platform.concurrency_limit (issue 11: was rate_limited)`, async () => {
    mount('hcompany');
    for (let i = 0; i < MAX_CONCURRENT_SESSIONS; i++) await create('hcompany', `task ${i}`);
    const refused = await create('hcompany', 'one too many');
    expect(refused.status).toBe(429);
    expect(await kindOf('hcompany', refused)).toBe('platform.concurrency_limit');
  });

  it.each([
    ['hcompany', 422], // H Company's reference answers a reused key with another body 422
    ['skyvern', 409],
    ['problem', 409],
  ] as const)(
    '%s: an Idempotency-Key reused with another body (%i) → platform.idempotency_mismatch',
    async (provider, status) => {
      mount(provider);
      await create(provider, 'a', 'k1');
      const refused = await create(provider, 'b', 'k1');
      expect(refused.status).toBe(status);
      expect(await kindOf(provider, refused)).toBe('platform.idempotency_mismatch');
    },
  );

  it.each<[Platform, FailureKind]>([
    ['hcompany', 'platform.idempotency_in_flight'],
    ['skyvern', 'platform.idempotency_in_flight'],
    ['problem', 'platform.wrong_state'], // type …/operation-in-progress, named like Webcompute's code
  ])('%s: a resend while the first request with its key is in flight → %s', async (provider, kind) => {
    mount(provider);
    const answers = await Promise.all([create(provider, 'c', 'k2'), create(provider, 'c', 'k2')]);
    const refused = answers.find((answer) => answer.status === 409)!;
    expect(refused).toBeDefined();
    expect(await kindOf(provider, refused)).toBe(kind);
  });
});
