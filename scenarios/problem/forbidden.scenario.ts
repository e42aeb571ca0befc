import { scenario } from 'faultline';

export default scenario('problem/forbidden', {
  title: '403 forbidden, not retriable: abort; title and detail are for the log only',
  sources: ['problem:status:403', 'problem:field:title', 'problem:field:detail'],
  schedule: [
    {
      fault: 'problem.document',
      with: {
        status: 403,
        type: 'https://problems.faultline.test/forbidden',
        title: 'Forbidden',
        detail: 'The token lacks the runs:write scope',
        is_retriable: false,
      },
    },
  ],
  expect: { end: ['abort'], kinds: ['platform.forbidden'] },
});
