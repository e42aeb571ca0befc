import { scenario } from '../../harness/scenario/index.ts';

export default scenario('hcompany/unauthorized', {
  title: 'A 401 for a bad API key: refresh credentials once or escalate',
  provider: 'hcompany',
  sources: ['hcompany:http:401'],
  schedule: [
    {
      fault: 'http.response',
      with: {
        status: 401,
        headers: { 'content-type': 'application/json' },
        body: '{"message":"Invalid API key"}',
      },
    },
  ],
  expect: { end: ['accept', 'escalate'], kinds: ['platform.unauthorized'] },
});
