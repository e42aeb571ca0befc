import { z } from 'zod';
import { CLI_SIGNALS } from '../cli/run-tool.ts';
import { realizeCli } from '../cli/realize.ts';
import { defineFault } from './fault.ts';

/**
 * The simulated command-line tool is ended by a real signal before it answers: an interrupt
 * (Ctrl-C, which a shell reports as exit 130), a termination, or a kill (137, as the
 * out-of-memory killer does). It writes nothing.
 */
export const cliSignal = defineFault({
  id: 'cli.signal',
  summary: 'The cli tool is ended by a real signal (SIGINT: interrupted; SIGTERM; SIGKILL: killed) before it answers',
  providers: ['cli'],
  browser: false,
  params: z.strictObject({
    signal: z.enum(CLI_SIGNALS).describe('The signal the process receives'),
  }),
  realize: ({ signal }, ctx) => realizeCli({ signal }, ctx),
});
