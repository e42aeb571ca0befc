import { scenario } from 'faultline';

export default scenario('skyvern/captcha-in-errors', {
  title: 'A validation block terminates on a CAPTCHA, reported in errors[]: escalate to a human',
  sources: ['skyvern:error_code:captcha_required'],
  schedule: [
    {
      fault: 'skyvern.run',
      with: {
        status: 'terminated',
        failure_reason: 'CAPTCHA verification is shown',
        errors: [{ error_code: 'captcha_required', reasoning: 'A CAPTCHA is displayed' }],
      },
    },
  ],
  expect: { end: ['escalate'], kinds: ['agent.captcha'] },
});
