import { scenario } from 'faultline';

export default scenario('problem/not-found-about-blank', {
  title: 'A 404 with type about:blank: the status says it all, abort',
  sources: ['problem:status:404', 'problem:field:status'],
  schedule: [{ fault: 'problem.document', with: { status: 404, type: 'about:blank', title: 'Not Found' } }],
  expect: { end: ['abort'], kinds: ['platform.not_found'] },
});
