import { scenario } from 'faultline';

export default scenario('hcompany/outcome-blocked-captcha', {
  title: 'The agent is blocked by a captcha: a human must step in, no retry loop',
  sources: ['hcompany:outcome:blocked'],
  schedule: [
    {
      fault: 'hcompany.session',
      with: {
        status: 'completed',
        outcome: 'blocked',
        answer: 'A captcha challenge blocked the page.',
      },
    },
  ],
  expect: { end: ['escalate'], kinds: ['agent.captcha'] },
});
