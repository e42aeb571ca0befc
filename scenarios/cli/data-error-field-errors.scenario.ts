import { scenario } from 'faultline';

export default scenario('cli/data-error-field-errors', {
  title: 'Exit 65 (EX_DATAERR) with per-field errors and a doc_uri: the input is wrong; never rerun it unchanged',
  sources: ['cli:exit:65', 'cli:field:errors', 'cli:field:doc_uri'],
  schedule: [
    {
      fault: 'cli.error',
      with: {
        exit: 65,
        code: 'invalid_input',
        message: 'the task file is invalid',
        is_retriable: false,
        errors: [{ field: 'max_steps', message: 'must be at most 100' }],
        doc_uri: 'https://docs.faultline.test/cli/errors/invalid_input',
      },
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.invalid_request'] },
});
