import { describe, expect, it } from 'vitest';
import { ProblemSchema } from '../../mocks/problem/schema.ts';
import { jsonInit, mount, send, useSimulatorWorld } from './helpers.ts';

const world = useSimulatorWorld();
const tasks = (body: unknown, headers: Record<string, string> = {}) =>
  send(world.clock(), 'https://api.problem.test/v1/tasks', jsonInit(body, headers));

describe('Problem Details simulator', () => {
  it('answers errors as application/problem+json with the agent extensions', async () => {
    mount('problem');
    for (const body of [{}, '[1,', { prompt: '' }]) {
      const answer = await tasks(body);
      expect(answer.status).toBe(422);
      expect(answer.headers.get('content-type')).toBe('application/problem+json');
      expect(ProblemSchema.parse(await answer.json())).toMatchObject({ status: 422, is_retriable: false });
    }
  });

  it('replays the first answer for a repeated Idempotency-Key, refuses it with another body, and calls a resend in flight retriable', async () => {
    const sim = mount('problem');
    const first = await tasks({ prompt: 'p' }, { 'idempotency-key': 'k' });
    expect(first.status).toBe(200);
    expect((await tasks({ prompt: 'p' }, { 'idempotency-key': 'k' })).status).toBe(200);
    expect(sim.core.attempts.map((a) => a.replayOf ?? null)).toEqual([null, 1]);
    const conflict = await tasks({ prompt: 'q' }, { 'idempotency-key': 'k' });
    expect(conflict.status).toBe(409);
    expect(ProblemSchema.parse(await conflict.json())).toMatchObject({ is_retriable: false });
    const [a, b] = await Promise.all([
      tasks({ prompt: 'r' }, { 'idempotency-key': 'k2' }),
      tasks({ prompt: 'r' }, { 'idempotency-key': 'k2' }),
    ]);
    const inFlight = [a, b].find((r) => r.status === 409)!;
    expect(ProblemSchema.parse(await inFlight.json())).toMatchObject({ is_retriable: true });
  });
});
