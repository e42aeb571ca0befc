/** What really happened when the fixture agent ran a task in the browser. */
export type AgentOutcome =
  | { type: 'answer'; answer: unknown }
  | { type: 'wall'; wall: 'captcha' | 'login' }
  | { type: 'http'; status: number; retryAfter: string | null; viaProxy: boolean }
  | { type: 'error'; error: Error; viaProxy: boolean };

/** How the agent reads the page: as a platform agent does (it sees walls and error pages), or as a raw Playwright script (it does not). */
export type AgentStyle = 'platform' | 'script';
