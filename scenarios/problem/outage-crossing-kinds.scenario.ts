import { scenario } from 'faultline';

// Teeth: seven backoff retries in a row across four kinds, within every bound: the backoff must keep
// growing across kinds, up to the 30 s cap, and stay jittered at the cap.
export default scenario('problem/outage-crossing-kinds', {
  title:
    'An outage that changes shape: 503 three times, resets, a 429 without a wait, a refused connection: one backoff, growing to its cap',
  sources: ['problem:status:503', 'problem:transport:ECONNRESET', 'problem:transport:ECONNREFUSED'],
  schedule: [
    {
      fault: 'problem.document',
      with: {
        status: 503,
        type: 'https://api.example.com/problems/service-unavailable',
        title: 'Service unavailable',
        is_retriable: true,
      },
      times: 3,
    },
    // Three dropped connections, as on H Company: a command client judged over a port sees a served
    // refusal as a reset (the port had accepted the connection), so four in a row would read as
    // four resets to it — past what problem/connection-refused-persists rightly gives up on.
    { fault: 'network.reset', times: 2 },
    {
      fault: 'problem.document',
      with: {
        status: 429,
        type: 'https://problems.faultline.test/rate-limited',
        title: 'Too many requests',
        is_retriable: true,
      },
    },
    { fault: 'network.refused' },
  ],
  expect: {
    end: ['accept'],
    kinds: [
      'platform.unavailable',
      'transport.connection_reset',
      'platform.rate_limited',
      'transport.connection_refused',
    ],
  },
});
