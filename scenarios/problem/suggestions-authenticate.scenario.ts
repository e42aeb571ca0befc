import { scenario } from 'faultline';

export default scenario('problem/suggestions-authenticate', {
  title: '401 whose first suggestion is authenticate: refresh credentials once, then it works',
  sources: ['problem:status:401', 'problem:extension:suggestions'],
  schedule: [
    {
      fault: 'problem.document',
      with: {
        status: 401,
        type: 'https://problems.faultline.test/token-expired',
        title: 'Token expired',
        is_retriable: false,
        suggestions: [{ action: 'authenticate', title: 'Refresh your token' }],
      },
    },
  ],
  expect: { end: ['accept', 'escalate'], kinds: ['platform.unauthorized'] },
});
