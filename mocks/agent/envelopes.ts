import type { Native, Provider } from '../../harness/contract/index.ts';
import { PLATFORMS } from '../platforms.ts';
import type { AgentOutcome } from './outcome.ts';

/**
 * Wraps what really happened in the browser in the provider's own native payload, the way that
 * platform reports it (each platform's module says how): an H session's end, a Skyvern run, a
 * Webcompute execute result, a problem document, or, for direct Playwright, the raw error.
 *
 * @example
 * envelope('skyvern', { type: 'wall', wall: 'captcha' }, 'tsk_1'); // a terminated run with captcha_required
 */
export function envelope(provider: Provider, outcome: AgentOutcome, runId: string): Native {
  if (provider === 'cli') throw new Error('the cli tool drives no browser: it has no agent outcome to report');
  if (provider !== 'playwright') {
    const { status, headers, body } = PLATFORMS[provider].agentAnswer(outcome, runId);
    return { provider, response: { status, headers, body: JSON.stringify(body) } };
  }
  if (outcome.type === 'error') return { provider, thrown: outcome.error };
  if (outcome.type === 'answer') return { provider, response: { status: 200, body: outcome.answer } };
  throw new Error(`a raw Playwright script reports no ${outcome.type}; run it with style "script"`);
}
