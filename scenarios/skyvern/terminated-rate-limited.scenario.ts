import { scenario } from 'faultline';

export default scenario('skyvern/terminated-rate-limited', {
  title: 'The site rate-limits the agent (rate_limited): wait, then retry through a different proxy',
  sources: ['skyvern:error_code:rate_limited', 'skyvern:status:terminated'],
  task: { proxy: 'http://proxy-a.example.net:8080' },
  schedule: [
    {
      fault: 'skyvern.run',
      with: { status: 'terminated', output: { error: 'rate_limited' }, failure_reason: 'Too many requests' },
    },
  ],
  expect: { end: ['accept'], kinds: ['agent.site_rate_limited'] },
});
