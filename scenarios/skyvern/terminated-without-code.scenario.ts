import { scenario } from 'faultline';

export default scenario('skyvern/terminated-without-code', {
  title: 'Terminated with only a failure_reason: the goal is unachievable, abort',
  sources: ['skyvern:status:terminated', 'skyvern:field:failure_reason'],
  schedule: [
    {
      fault: 'skyvern.run',
      with: { status: 'terminated', failure_reason: 'The requested product page does not exist' },
    },
  ],
  expect: { end: ['abort'], kinds: ['agent.infeasible'] },
});
