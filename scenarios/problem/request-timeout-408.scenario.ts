import { scenario } from 'faultline';

export default scenario('problem/request-timeout-408', {
  title: '408 about:blank three times: a transport timeout, retry with growing, jittered backoff',
  sources: ['problem:status:408'],
  schedule: [
    { fault: 'problem.document', with: { status: 408, type: 'about:blank', title: 'Request Timeout' }, times: 3 },
  ],
  expect: { end: ['accept'], kinds: ['transport.timeout'] },
});
