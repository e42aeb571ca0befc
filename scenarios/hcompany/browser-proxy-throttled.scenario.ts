import { scenario } from 'faultline';

export default scenario('hcompany/browser-proxy-throttled', {
  title: 'The proxy throttles to a trickle: the session times out, raise the budget',
  sources: ['hcompany:error_code:timeout'],
  schedule: [{ fault: 'proxy.toxic', with: { toxic: 'throttle', kbps: 0.05, timeoutMs: 300 } }],
  expect: { end: ['accept'], kinds: ['agent.timed_out'] },
});
