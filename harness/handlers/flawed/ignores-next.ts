import { flaw, RETRY_AS_IS } from './flaw.ts';

/** Never reads the provider's `next`: retries a request the provider said to change. */
export default flaw('ignores-next', (decision, failure) =>
  failure.next === 'change_request' || failure.next === 'authenticate' ? RETRY_AS_IS : decision,
);
