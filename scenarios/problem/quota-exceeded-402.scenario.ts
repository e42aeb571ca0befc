import { scenario } from 'faultline';

export default scenario('problem/quota-exceeded-402', {
  title: '402 quota exceeded: retrying cannot help; abort or ask a human',
  sources: ['problem:status:402'],
  schedule: [
    {
      fault: 'problem.document',
      with: {
        status: 402,
        type: 'https://problems.faultline.test/quota-exceeded',
        title: 'Quota exceeded',
        detail: 'The monthly run quota is spent',
        is_retriable: false,
      },
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.quota_exceeded'] },
});
