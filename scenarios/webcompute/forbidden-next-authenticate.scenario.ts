import { scenario } from 'faultline';

// Teeth: `next` alone decides. The kind alone (403, forbidden) would be an abort.
export default scenario('webcompute/forbidden-next-authenticate', {
  title:
    'A 403 with next: authenticate (the session token expired): refresh credentials or escalate them, do not just give up',
  sources: ['webcompute:next:authenticate', 'webcompute:http_status:403'],
  schedule: [
    {
      fault: 'http.response',
      with: {
        status: 403,
        json: { type: 'permission_denied', message: 'The session token has expired', next: 'authenticate' },
      },
    },
  ],
  expect: { end: ['accept', 'escalate'], kinds: ['platform.forbidden'] },
});
