import { scenario } from 'faultline';

export default scenario('problem/unauthorized-refresh', {
  title: 'A 401 problem document: refresh the credentials once, or escalate them',
  sources: ['problem:status:401'],
  schedule: [
    {
      fault: 'problem.document',
      with: {
        status: 401,
        type: 'https://problems.faultline.test/unauthorized',
        title: 'Unauthorized',
        is_retriable: false,
      },
    },
  ],
  expect: { end: ['accept', 'escalate'], kinds: ['platform.unauthorized'] },
});
