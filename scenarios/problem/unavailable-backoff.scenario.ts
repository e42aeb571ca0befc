import { scenario } from 'faultline';

export default scenario('problem/unavailable-backoff', {
  title: 'Service unavailable three times with no wait given: exponential backoff with jitter',
  sources: ['problem:status:503'],
  schedule: [
    {
      fault: 'problem.document',
      with: {
        status: 503,
        type: 'https://problems.faultline.test/service-unavailable',
        title: 'Service unavailable',
        is_retriable: true,
      },
      times: 3,
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.unavailable'] },
});
