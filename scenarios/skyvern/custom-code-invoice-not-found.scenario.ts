import { scenario } from 'faultline';

export default scenario('skyvern/custom-code-invoice-not-found', {
  title:
    'Past the login check, a user-defined code (invoice_not_found) ends the run: abort, even though failure_reason mentions login',
  sources: [
    'skyvern:mapping:invoice_not_found',
    'skyvern:status:terminated',
    'skyvern:error_location:polling_response',
    'skyvern:field:failure_reason',
  ],
  schedule: [
    {
      fault: 'skyvern.run',
      with: {
        status: 'terminated',
        output: { error: 'invoice_not_found' },
        failure_reason: 'Login succeeded, but no invoice exists for 2026-01',
      },
    },
  ],
  expect: { end: ['abort'], kinds: ['agent.infeasible'] },
});
