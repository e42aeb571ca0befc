import { scenario } from 'faultline';

export default scenario('skyvern/terminated-captcha-blocked', {
  title: 'A CAPTCHA that cannot be bypassed (captcha_blocked): a human, no retry loop',
  sources: ['skyvern:mapping:captcha_blocked', 'skyvern:status:terminated'],
  schedule: [
    {
      fault: 'skyvern.run',
      with: {
        status: 'terminated',
        output: { error: 'captcha_blocked' },
        failure_reason: 'CAPTCHA is displayed and cannot be bypassed',
      },
    },
  ],
  expect: { end: ['escalate'], kinds: ['agent.captcha'] },
});
