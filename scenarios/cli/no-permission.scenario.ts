import { CANARY_API_KEY, scenario } from 'faultline';

export default scenario('cli/no-permission', {
  title: 'Exit 77 (EX_NOPERM), code permission_denied: the key may not do this; abort',
  sources: ['cli:exit:77', 'cli:field:code'],
  schedule: [
    {
      fault: 'cli.error',
      with: {
        exit: 77,
        code: 'permission_denied',
        // A canary key echoed back on stderr: the secrets self-test checks it never reaches a report.
        message: `the key ${CANARY_API_KEY} may not start agent runs`,
        is_retriable: false,
      },
    },
  ],
  expect: { end: ['abort'], kinds: ['platform.forbidden'] },
});
