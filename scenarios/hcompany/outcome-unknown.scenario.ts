import { scenario } from 'faultline';

export default scenario('hcompany/outcome-unknown', {
  title: 'An outcome the client does not know yet: inspect before trusting, like partial',
  sources: ['hcompany:outcome:default'],
  schedule: [
    {
      fault: 'hcompany.session',
      with: { status: 'completed', outcome: 'abandoned', answer: { product: 'Framework 13', price: 1049 } },
    },
  ],
  expect: { end: ['escalate'], kinds: ['agent.partial'] },
});
