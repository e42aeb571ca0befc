import { scenario } from 'faultline';

export default scenario('cli/other-tools-code', {
  title:
    'Exit 77 with a code the tool is not known to send (E_ACCESS): no word of it is read; the exit status says forbidden',
  sources: ['cli:exit:77', 'cli:field:code'],
  schedule: [{ fault: 'cli.error', with: { exit: 77, code: 'E_ACCESS', message: 'access denied' } }],
  expect: { end: ['abort'], kinds: ['platform.forbidden'] },
});
