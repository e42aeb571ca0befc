import { scenario } from 'faultline';

export default scenario('problem/payload-too-large', {
  title: '413 payload too large: abort, or retry with a narrower task, never resend it unchanged',
  sources: ['problem:status:413'],
  schedule: [
    {
      fault: 'problem.document',
      with: {
        status: 413,
        type: 'https://problems.faultline.test/payload-too-large',
        title: 'Payload too large',
        is_retriable: false,
      },
    },
  ],
  expect: { end: ['abort', 'accept'], kinds: ['platform.payload_too_large'] },
});
