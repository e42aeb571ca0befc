import { scenario } from 'faultline';

// Teeth: seven backoff retries in a row across three kinds, within every bound: the backoff must keep
// growing across kinds, up to the 30 s cap, and stay jittered at the cap.
export default scenario('problem/outage-crossing-kinds', {
  title: 'An outage that changes shape: 503 three times, then resets, then refused connections: one backoff, growing to its cap',
  sources: ['problem:status:503', 'problem:transport:ECONNRESET', 'problem:transport:ECONNREFUSED'],
  schedule: [
    {
      fault: 'problem.document',
      with: { status: 503, type: 'https://api.example.com/problems/service-unavailable', title: 'Service unavailable', is_retriable: true },
      times: 3,
    },
    { fault: 'network.reset', times: 2 },
    { fault: 'network.refused', times: 2 },
  ],
  expect: { end: ['accept'], kinds: ['platform.unavailable', 'transport.connection_reset', 'transport.connection_refused'] },
});
