import { scenario } from 'faultline';

export default scenario('skyvern/canceled', {
  title: 'The run was stopped by hand: never retry',
  sources: ['skyvern:status:canceled'],
  schedule: [{ fault: 'skyvern.run', with: { status: 'canceled' } }],
  expect: { end: ['abort'], kinds: ['platform.canceled'] },
});
