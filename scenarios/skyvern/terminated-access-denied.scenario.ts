import { scenario } from 'faultline';

export default scenario('skyvern/terminated-access-denied', {
  title: 'Terminated with access_denied: the account lacks a permission, a person must grant it',
  sources: ['skyvern:error_code:access_denied', 'skyvern:status:terminated', 'skyvern:error_location:polling_response'],
  schedule: [
    {
      fault: 'skyvern.run',
      with: {
        status: 'terminated',
        output: { error: 'access_denied' },
        failure_reason: 'The account does not have permission to view invoices',
      },
    },
  ],
  expect: { end: ['escalate', 'abort'], kinds: ['agent.access_denied'] },
});
