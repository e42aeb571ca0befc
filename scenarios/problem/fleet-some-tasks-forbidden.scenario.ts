import { scenario } from 'faultline';

export default scenario('problem/fleet-some-tasks-forbidden', {
  title:
    '12 tasks, the first 3 runs forbidden (403): those tasks give up with a reason, the others are accepted, none is lost',
  sources: ['problem:status:403'],
  schedule: [
    {
      fault: 'problem.document',
      with: {
        status: 403,
        type: 'about:blank',
        title: 'Forbidden',
        detail: 'This key may not run this task',
        is_retriable: false,
      },
      times: 3,
    },
  ],
  fleet: { tasks: 12, platform: [] },
  expect: { end: ['accept', 'abort'], kinds: ['platform.forbidden'] },
});
