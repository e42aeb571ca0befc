import { z } from 'zod';
import { realizeCli } from '../cli/realize.ts';
import { defineFault } from './fault.ts';

/**
 * The simulated command-line tool writes stdout and stderr byte for byte and exits with the given
 * status: for what no well-formed error produces (plain-text, truncated or empty stderr, a success
 * whose stdout is not JSON). The tool really runs.
 */
export const cliOutput = defineFault({
  id: 'cli.output',
  summary:
    'The cli tool writes stdout and stderr byte for byte (plain text, truncated JSON, nothing) and exits with the given status',
  providers: ['cli'],
  browser: false,
  params: z.strictObject({
    exit: z.number().int().min(0).max(255).describe('Exit status; 0 is a success whose answer is stdout'),
    stdout: z.string().default('').describe('stdout, written byte for byte'),
    stderr: z.string().default('').describe('stderr, written byte for byte'),
  }),
  realize: (output, ctx) => realizeCli(output, ctx),
});
