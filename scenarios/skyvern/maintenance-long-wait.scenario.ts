import { scenario } from 'faultline';

export default scenario('skyvern/maintenance-long-wait', {
  title: 'The site is down for maintenance: retry after a long wait',
  sources: ['skyvern:error_code:maintenance'],
  schedule: [
    {
      fault: 'skyvern.run',
      with: {
        status: 'terminated',
        output: { error: 'maintenance' },
        failure_reason: 'The website is down for maintenance',
      },
    },
  ],
  expect: { end: ['accept'], kinds: ['agent.site_maintenance'] },
});
