import type { FailureKind, Provider } from '../../harness/contract/index.ts';
import { classify, type Native } from '../../harness/classify/index.ts';
import type { AgentOutcome } from './outcome.ts';

/** The canonical kind of a real Playwright error, as the platforms read it before they wrap it. */
function browserKind(error: Error): FailureKind {
  const result = classify({ provider: 'playwright', thrown: error });
  return result.state === 'failure' ? result.failure.kind : 'browser.execute_failed';
}

const firstLine = (error: Error) => error.message.split('\n')[0]!;
const json = (provider: Provider, status: number, body: unknown, headers: Record<string, string> = {}): Native => ({
  provider,
  response: { status, headers: { 'content-type': provider === 'problem' && status >= 400 ? 'application/problem+json' : 'application/json', ...headers }, body: JSON.stringify(body) },
});
const proxyStatus = (outcome: AgentOutcome) => outcome.type === 'http' && outcome.viaProxy && [407, 502, 403].includes(outcome.status);

/** H Company: the session object the platform reports once its agent run ended (seed 000). */
function hcompany(outcome: AgentOutcome): Native {
  const session = (fields: Record<string, unknown>) => json('hcompany', 200, { id: 'ses_fixture', error_code: null, error: null, outcome: null, answer: null, ...fields });
  switch (outcome.type) {
    case 'answer':
      return session({ status: 'completed', outcome: 'success', answer: outcome.answer });
    case 'wall':
      return session({ status: 'completed', outcome: 'blocked', answer: outcome.wall === 'captcha' ? 'A captcha challenge blocked the page.' : 'The site asks me to sign in to continue.' });
    case 'http':
      return proxyStatus(outcome)
        ? session({ status: 'failed', error_code: 'environment_error', error: 'The session environment failed.' })
        : session({ status: 'completed', outcome: 'blocked', answer: `The site answered HTTP ${outcome.status} and would not show the page.` });
    case 'error': {
      const kind = browserKind(outcome.error);
      if (kind === 'browser.navigation_timeout') return session({ status: 'timed_out', error_code: 'timeout', error: 'The session exceeded its maximum time.' });
      if (kind === 'browser.selector_not_found') return session({ status: 'failed', error_code: 'no_answer', error: 'The agent stopped without an answer.' });
      return session({ status: 'failed', error_code: 'environment_error', error: 'The session environment failed.' });
    }
  }
}

/** Skyvern: the run object `get_run` returns once the run ended (seed 001). */
function skyvern(outcome: AgentOutcome): Native {
  const run = (fields: Record<string, unknown>) => json('skyvern', 200, { run_id: 'tsk_v2_fixture', output: null, failure_reason: null, errors: [], ...fields });
  switch (outcome.type) {
    case 'answer':
      return run({ status: 'completed', output: outcome.answer });
    case 'wall':
      return outcome.wall === 'captcha'
        ? run({ status: 'terminated', failure_reason: 'CAPTCHA verification is shown', errors: [{ error_code: 'captcha_required', reasoning: 'A CAPTCHA blocks the page' }] })
        : run({ status: 'terminated', output: { error: 'login_failed' }, failure_reason: 'Login is required to continue' });
    case 'http':
      if (proxyStatus(outcome)) return run({ status: 'failed', failure_reason: `Proxy answered HTTP ${outcome.status}` });
      return outcome.status === 429
        ? run({ status: 'terminated', output: { error: 'rate_limited' }, failure_reason: 'Too many requests' })
        : run({ status: 'terminated', output: { error: 'maintenance' }, failure_reason: `The website is unavailable (HTTP ${outcome.status})` });
    case 'error': {
      const kind = browserKind(outcome.error);
      if (kind === 'browser.navigation_timeout') return run({ status: 'timed_out', failure_reason: 'Exceeded the time limit' });
      if (kind === 'browser.selector_not_found') return run({ status: 'terminated', output: { error: 'not_found' }, failure_reason: 'The target data is not on the page' });
      return run({ status: 'failed', failure_reason: firstLine(outcome.error) });
    }
  }
}

/** The browser-server code Webcompute reports for each kind of real browser failure (seed 002). */
const WEBCOMPUTE_CODES: Partial<Record<FailureKind, string>> = {
  'browser.navigation_timeout': 'NAVIGATION_TIMEOUT',
  'browser.navigation_failed': 'NAVIGATION_FAILED',
  'browser.proxy_failed': 'PROXY_CONNECTION_FAILED',
  'browser.crashed': 'BROWSER_CRASHED',
  'browser.disconnected': 'BROWSER_CRASHED',
  'browser.launch_failed': 'BROWSER_LAUNCH_FAILED',
  'browser.selector_not_found': 'SELECTOR_NOT_FOUND',
  'browser.screenshot_failed': 'SCREENSHOT_FAILED',
  'browser.pdf_failed': 'PDF_FAILED',
};

/** Webcompute: the `playwright.execute` result for the user's code run against the real page (seed 002). */
function webcompute(outcome: AgentOutcome): Native {
  const failedWith = (code: string, message: string) => json('webcompute', 200, { success: false, error: { code, name: 'Error', message }, logs: [] });
  switch (outcome.type) {
    case 'answer':
      return json('webcompute', 200, { success: true, result: outcome.answer, logs: [] });
    case 'wall':
      return outcome.wall === 'captcha' ? failedWith('CAPTCHA_SOLVE_FAILED', 'CAPTCHA resolution failed') : failedWith('SELECTOR_NOT_FOUND', "waiting for locator('#price')");
    case 'http':
      return proxyStatus(outcome) ? failedWith('PROXY_CONNECTION_FAILED', `proxy answered ${outcome.status}`) : failedWith('SELECTOR_NOT_FOUND', "waiting for locator('#price')");
    case 'error':
      return failedWith(WEBCOMPUTE_CODES[browserKind(outcome.error)] ?? 'EXECUTE_FAILED', firstLine(outcome.error));
  }
}

/** A generic agent API answering RFC 9457 problems (seed 003). */
function problem(outcome: AgentOutcome): Native {
  const doc = (status: number, slug: string, retriable: boolean, extra: Record<string, unknown> = {}) =>
    json('problem', status, { type: `https://agents.example/problems/${slug}`, title: slug.replace(/-/g, ' '), status, is_retriable: retriable, ...extra });
  switch (outcome.type) {
    case 'answer':
      return json('problem', 200, outcome.answer);
    case 'wall':
      return outcome.wall === 'captcha' ? doc(403, 'captcha-required', false) : doc(401, 'login-required', false);
    case 'http':
      if (proxyStatus(outcome)) return doc(502, 'upstream-proxy-failed', true);
      return outcome.status === 429
        ? doc(429, 'site-rate-limited', true, { retry_after_ms: Number(outcome.retryAfter ?? 30) * 1000 })
        : doc(503, 'site-maintenance', true, { retry_after_ms: Number(outcome.retryAfter ?? 120) * 1000 });
    case 'error': {
      const kind = browserKind(outcome.error);
      if (kind === 'browser.navigation_timeout') return doc(504, 'navigation-timeout', true);
      if (kind === 'browser.selector_not_found') return doc(422, 'selector-not-found', false);
      return doc(502, kind === 'browser.proxy_failed' ? 'upstream-proxy-failed' : 'upstream-browser-failed', true, { detail: firstLine(outcome.error) });
    }
  }
}

/** Direct Playwright: the raw error, or the extracted answer. */
function playwright(outcome: AgentOutcome): Native {
  if (outcome.type === 'error') return { provider: 'playwright', thrown: outcome.error };
  if (outcome.type === 'answer') return { provider: 'playwright', response: { status: 200, body: outcome.answer } };
  throw new Error(`a raw Playwright script reports no ${outcome.type}; run it with style "script"`);
}

const ENVELOPES: Record<Provider, (outcome: AgentOutcome) => Native> = { hcompany, skyvern, webcompute, problem, playwright };

/**
 * Wraps what really happened in the browser in the provider's own native payload, the way that
 * platform reports it: an H session, a Skyvern run, a Webcompute execute result, a problem
 * document, or the raw Playwright error.
 *
 * @example
 * envelope('skyvern', { type: 'wall', wall: 'captcha' }); // a terminated run with captcha_required
 */
export function envelope(provider: Provider, outcome: AgentOutcome): Native {
  return ENVELOPES[provider](outcome);
}
