import { scenario } from 'faultline';

export default scenario('hcompany/html-502-gateway', {
  title: 'A gateway answers 502 with an HTML page: the status decides, retry on a fresh browser',
  sources: ['hcompany:http:502'],
  schedule: [
    {
      fault: 'http.response',
      with: {
        status: 502,
        headers: { 'content-type': 'text/html' },
        body: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>',
      },
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.upstream'] },
});
