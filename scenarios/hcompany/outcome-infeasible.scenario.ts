import { scenario } from 'faultline';

export default scenario('hcompany/outcome-infeasible', {
  title: 'The task cannot be done as specified: give up, retrying is pointless',
  sources: ['hcompany:outcome:infeasible', 'hcompany:status:completed'],
  schedule: [
    {
      fault: 'hcompany.session',
      with: {
        status: 'completed',
        outcome: 'infeasible',
        answer: 'The requested item does not exist.',
      },
    },
  ],
  expect: { end: ['abort'], kinds: ['agent.infeasible'] },
});
