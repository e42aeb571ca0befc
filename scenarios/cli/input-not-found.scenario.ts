import { scenario } from 'faultline';

export default scenario('cli/input-not-found', {
  title: 'Exit 66 (EX_NOINPUT), code input_not_found: the input file does not exist; abort',
  sources: ['cli:exit:66', 'cli:field:code'],
  schedule: [
    {
      fault: 'cli.error',
      with: { exit: 66, code: 'input_not_found', message: 'tasks/laptop.json: no such file', is_retriable: false },
    },
  ],
  expect: { end: ['abort'], kinds: ['platform.not_found'] },
});
