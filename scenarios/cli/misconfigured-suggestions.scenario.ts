import { scenario } from 'faultline';

export default scenario('cli/misconfigured-suggestions', {
  title:
    'Exit 78 (EX_CONFIG) whose first suggestion is change_request: the same invocation cannot work; abort or review',
  sources: ['cli:exit:78', 'cli:field:suggestions'],
  schedule: [
    {
      fault: 'cli.error',
      with: {
        exit: 78,
        code: 'misconfigured',
        message: 'no api_url in ~/.config/agent/config.toml',
        is_retriable: false,
        suggestions: [{ action: 'change_request', title: 'Set api_url in the config file' }],
      },
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.invalid_request'] },
});
