import { scenario } from 'faultline';

export default scenario('hcompany/truncated-session', {
  title: 'A 200 session status cut off mid-body: malformed, retried with backoff, never a crash',
  sources: ['hcompany:transport:malformed'],
  schedule: [
    {
      fault: 'http.response',
      with: { status: 200, headers: { 'content-type': 'application/json' }, body: '{"id": "ses_1", "status": "compl' },
    },
  ],
  expect: { end: ['accept'], kinds: ['transport.malformed_response'] },
});
