import { scenario } from 'faultline';

export default scenario('problem/empty-502', {
  title: 'A 502 with an empty body: the status decides, retry on a fresh browser',
  sources: ['problem:status:502'],
  schedule: [{ fault: 'http.response', with: { status: 502, headers: { 'content-type': 'text/plain' }, body: '' } }],
  expect: { end: ['accept'], kinds: ['platform.upstream'] },
});
