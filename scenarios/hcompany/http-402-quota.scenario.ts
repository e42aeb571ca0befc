import { scenario } from 'faultline';

export default scenario('hcompany/http-402-quota', {
  title: 'The monthly quota is spent (402): retrying cannot help, stop or ask a human',
  sources: ['hcompany:http:402'],
  schedule: [
    {
      fault: 'http.response',
      with: {
        status: 402,
        json: { detail: 'Monthly session quota exceeded' },
      },
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.quota_exceeded'] },
});
