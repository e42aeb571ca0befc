import { flaw, RETRY_AS_IS } from './flaw.ts';

/** Loops on captchas instead of handing them to a human. */
export default flaw('retries-captcha', (decision, failure) =>
  failure.kind === 'agent.captcha' ? RETRY_AS_IS : decision,
);
