import { scenario } from 'faultline';

export default scenario('problem/unavailable-an-hour', {
  title: 'A 503 problem document asks for an hour (retry_after_ms: 3600000): wait it out, then succeed',
  sources: ['problem:extension:retry_after_ms'],
  schedule: [
    {
      fault: 'problem.document',
      with: {
        status: 503,
        type: 'https://problems.faultline.test/service-unavailable',
        title: 'Service unavailable',
        is_retriable: true,
        retry_after_ms: 3_600_000,
      },
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.unavailable'] },
});
