import { describe, expect, it } from 'vitest';
import { FAILURE_KINDS, type Failure, type FailureKind } from '../../harness/contract/index.ts';
import reference from '../../harness/handlers/reference.ts';
import { judge } from '../../harness/oracle/index.ts';
import type { TaskOverrides } from '../../harness/scenario/task.ts';
import { failure } from '../oracle/helpers.ts';
import { feed } from './helpers.ts';

const ANY_END = { end: ['accept', 'abort', 'escalate'] as Array<'accept' | 'abort' | 'escalate'> };

/** Provider signals (and task settings) every kind is tried with. */
const VARIANTS: Array<[string, Partial<Failure>, TaskOverrides?]> = [
  ['plain', {}],
  ['through a proxy', {}, { proxy: 'http://127.0.0.1:9' }],
  ['Retry-After 2 s', { retryAfterMs: 2000 }],
  ['Retry-After 45 s', { retryAfterMs: 45_000 }],
  ['Retry-After 2 h', { retryAfterMs: 7_200_000 }],
  ['retryable false', { retryable: false }],
  ['retryable true', { retryable: true }],
  ['retryable false, Retry-After 2 s', { retryable: false, retryAfterMs: 2000 }],
  ['next abort', { next: 'abort' }],
  ['next authenticate', { next: 'authenticate' }],
  ['next authenticate, Retry-After 2 s', { next: 'authenticate', retryAfterMs: 2000 }],
  ['next change_request', { next: 'change_request' }],
];

describe('the reference handler agrees with the oracle', () => {
  it.each(
    FAILURE_KINDS.flatMap((kind) =>
      VARIANTS.map(
        ([name, fields, task]) => [kind, name, fields, task] as [FailureKind, string, Partial<Failure>, TaskOverrides?],
      ),
    ),
  )('%s (%s), four times in a row', async (kind, _name, fields, task) => {
    const attempts = await feed(reference, failure(kind, fields), 4, task);
    expect(judge(attempts, { ...ANY_END, kinds: [kind] }).map((v) => v.message)).toEqual([]);
  });

  it.each<[string, Parameters<typeof failure>]>([
    ['a navigation failure on a blocked URL', ['browser.navigation_failed', { code: 'net::ERR_BLOCKED_BY_CLIENT' }]],
    ['a navigation failure on an unknown name', ['browser.navigation_failed', { code: 'net::ERR_NAME_NOT_RESOLVED' }]],
    ['a navigation failure on a reset', ['browser.navigation_failed', { code: 'net::ERR_CONNECTION_RESET' }]],
    ['a Webcompute NAVIGATION_FAILED', ['browser.navigation_failed', { code: 'NAVIGATION_FAILED' }]],
    ['a browser health timeout', ['platform.timeout', { code: 'BROWSER_HEALTH_TIMEOUT' }]],
    ['a quick action timeout', ['platform.timeout', { code: 'QUICK_ACTION_TIMEOUT' }]],
    ['a lost browser', ['platform.not_found', { code: 'BROWSER_NOT_FOUND' }]],
    ['an H Company environment_error', ['browser.crashed', { provider: 'hcompany', code: 'environment_error' }]],
    ['a Skyvern failed run', ['browser.crashed', { provider: 'skyvern', code: 'failed' }]],
  ])('%s, four times in a row', async (_name, args) => {
    const attempts = await feed(reference, failure(...args));
    expect(judge(attempts, { ...ANY_END, kinds: [args[0]] }).map((v) => v.message)).toEqual([]);
  });

  it('honours a Retry-After of an hour on a maintenance page', async () => {
    const [first] = await feed(reference, failure('agent.site_maintenance', { retryAfterMs: 3_600_000 }), 1);
    expect(first!.decision).toMatchObject({ action: 'retry' });
    expect((first!.decision as { delayMs: number }).delayMs).toBeGreaterThanOrEqual(3_600_000);
  });
});
