import { scenario } from 'faultline';

export default scenario('skyvern/http-404-run', {
  title: 'get_run answers an empty 404: the run does not exist, abort',
  sources: ['skyvern:http:404'],
  schedule: [{ fault: 'http.response', with: { status: 404, headers: { 'content-type': 'text/plain' }, body: '' } }],
  expect: { end: ['abort'], kinds: ['platform.not_found'] },
});
