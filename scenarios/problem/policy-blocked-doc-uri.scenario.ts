import { scenario } from 'faultline';

export default scenario('problem/policy-blocked-doc-uri', {
  title: 'A navigation policy blocks the target (doc_uri, instance given): abort or ask a human, never retry',
  sources: ['problem:extension:doc_uri', 'problem:field:instance', 'problem:field:type'],
  schedule: [
    {
      fault: 'http.response',
      with: {
        status: 400,
        headers: { 'content-type': 'application/problem+json' },
        json: {
          type: 'https://problems.faultline.test/navigation-policy-blocked',
          title: 'Navigation blocked by policy',
          status: 400,
          detail: 'The target domain is on the deny list',
          instance: '/runs/run_42',
          doc_uri: 'https://docs.example.com/errors/navigation-policy-blocked',
          is_retriable: false,
          trace_id: 'trace-42',
        },
      },
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.policy_blocked'] },
});
