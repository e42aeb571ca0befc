import type { Change, Failure, FailureKind } from '../../contract/index.ts';
import { variant } from './variant.ts';

/** Kinds whose retries may always bring a fresh browser. */
const SWAPPABLE: readonly FailureKind[] = [
  'platform.upstream',
  'browser.launch_failed',
  'browser.crashed',
  'browser.disconnected',
  'browser.navigation_timeout',
  'browser.navigation_failed',
  'browser.proxy_failed',
  'agent.site_rate_limited',
];

/** True where the oracle accepts a fresh browser on a retry of this failure. */
function freshBrowserAllowed(failure: Failure): boolean {
  if (SWAPPABLE.includes(failure.kind)) return true;
  if (failure.kind === 'platform.timeout') return failure.code !== 'QUICK_ACTION_TIMEOUT';
  return (
    failure.kind === 'platform.not_found' &&
    ['BROWSER_NOT_FOUND', 'SESSION_NOT_FOUND', 'browser_not_found'].includes(failure.code ?? '')
  );
}

/** Asks for a fresh browser on every retry where the oracle allows one; otherwise the reference's decision. */
export default variant('fresh-browser-when-allowed', (decision, failure) =>
  decision.action === 'retry' && freshBrowserAllowed(failure) && !decision.changes.includes('fresh_browser')
    ? { ...decision, changes: [...decision.changes, 'fresh_browser' as Change] }
    : decision,
);
