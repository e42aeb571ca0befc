import { scenario } from 'faultline';

export default scenario('hcompany/outcome-blocked-permissions', {
  title: 'Blocked by missing permissions: a person must grant access, no retry',
  sources: ['hcompany:outcome:blocked'],
  schedule: [
    {
      fault: 'hcompany.session',
      with: {
        status: 'completed',
        outcome: 'blocked',
        answer: 'Access denied: this account is missing permissions for the billing page.',
      },
    },
  ],
  expect: { end: ['escalate', 'abort'], kinds: ['agent.access_denied'] },
});
