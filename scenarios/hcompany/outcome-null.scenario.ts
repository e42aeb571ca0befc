import { scenario } from 'faultline';

export default scenario('hcompany/outcome-null', {
  title: 'The agent ended without reporting an outcome: review',
  sources: ['hcompany:outcome:null'],
  schedule: [
    {
      fault: 'hcompany.session',
      with: { status: 'completed', outcome: null, answer: { product: 'Framework 13', price: 1049 } },
    },
  ],
  expect: { end: ['escalate'], kinds: ['agent.partial'] },
});
