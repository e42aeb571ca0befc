import { scenario } from '../../harness/scenario/index.ts';

export default scenario('webcompute/unauthorized-authenticate', {
  title: 'A missing API key with next: authenticate: refresh credentials or escalate',
  provider: 'webcompute',
  sources: ['webcompute:gateway:UNAUTHORIZED', 'webcompute:next:authenticate'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: {
        status: 401,
        code: 'UNAUTHORIZED',
        type: 'authentication',
        retryable: false,
        next: 'authenticate',
      },
    },
  ],
  expect: { end: ['accept', 'escalate'], kinds: ['platform.unauthorized'] },
});
