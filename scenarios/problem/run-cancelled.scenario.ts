import { scenario } from 'faultline';

export default scenario('problem/run-cancelled', {
  title: '409 run cancelled: someone stopped it; never retry a canceled run',
  sources: ['problem:field:type'],
  schedule: [
    {
      fault: 'problem.document',
      with: {
        status: 409,
        type: 'https://problems.faultline.test/run-cancelled',
        title: 'The run was cancelled',
        is_retriable: false,
      },
    },
  ],
  expect: { end: ['abort'], kinds: ['platform.canceled'] },
});
