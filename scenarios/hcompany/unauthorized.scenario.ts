import { CANARY_API_KEY, scenario } from 'faultline';

export default scenario('hcompany/unauthorized', {
  title: 'A 401 for a bad API key (echoed back in the body): refresh credentials once or escalate',
  sources: ['hcompany:http:401'],
  schedule: [
    {
      fault: 'http.response',
      // The key is a canary: the secrets self-test checks it never reaches a trace or a report.
      with: { status: 401, json: { message: `Invalid API key ${CANARY_API_KEY}` } },
    },
  ],
  expect: { end: ['accept', 'escalate'], kinds: ['platform.unauthorized'] },
});
