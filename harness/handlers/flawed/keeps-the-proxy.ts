import type { Change } from '../../contract/index.ts';
import { flaw } from './flaw.ts';

/** Swaps the browser but never the proxy, even when the proxy is what fails. */
export default flaw('keeps-the-proxy', (decision) =>
  decision.action === 'retry' && decision.changes.includes('new_proxy')
    ? { ...decision, changes: ['fresh_browser' as Change] }
    : decision,
);
