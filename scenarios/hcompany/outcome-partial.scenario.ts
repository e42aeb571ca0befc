import { scenario } from 'faultline';

export default scenario('hcompany/outcome-partial', {
  title: 'Only part of the task was done: inspect before trusting',
  sources: ['hcompany:outcome:partial'],
  schedule: [
    {
      fault: 'hcompany.session',
      with: { status: 'completed', outcome: 'partial', answer: { product: 'Framework 13' } },
    },
  ],
  expect: { end: ['escalate'], kinds: ['agent.partial'] },
});
