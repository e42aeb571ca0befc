import { scenario } from 'faultline';

export default scenario('hcompany/http-403-forbidden', {
  title: 'The API key may not use this agent (403): abort, a retry gets the same answer',
  sources: ['hcompany:http:403'],
  schedule: [
    {
      fault: 'http.response',
      with: {
        status: 403,
        json: { detail: 'This API key is not allowed to run agent h/web-surfer-flash' },
      },
    },
  ],
  expect: { end: ['abort'], kinds: ['platform.forbidden'] },
});
