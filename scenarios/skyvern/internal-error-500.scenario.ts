import { scenario } from 'faultline';

export default scenario('skyvern/internal-error-500', {
  title: 'run_task answers 500 {"error": …}: retry once unchanged',
  sources: ['skyvern:http:500'],
  schedule: [
    {
      fault: 'http.response',
      with: { status: 500, json: { error: 'Internal server error' } },
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.internal'] },
});
