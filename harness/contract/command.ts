import { z } from 'zod';
import { ProviderSchema } from './kinds.ts';

/** Schema of a command client: a client in any language, run as a real process per scenario. */
export const CommandClientSchema = z.strictObject({
  /** The handler's name: its Playwright project and its column in the reports. */
  name: z.string().min(1),
  /** The program and its arguments, run without a shell, e.g. `['python3', 'client.py']`. */
  command: z.array(z.string().min(1)).min(1),
  /** Platforms the client speaks (the simulated HTTP ones); client-mode scenarios of other platforms are skipped. */
  providers: z.array(ProviderSchema.exclude(['playwright', 'cli'])).min(1),
  /** Working directory of the command (default: where Faultline runs). */
  cwd: z.string().min(1).optional(),
  /** Extra environment variables for the command. */
  env: z.record(z.string(), z.string()).optional(),
  /**
   * How the command's clock runs: `faketime` (default) speeds it up with libfaketime so that hours
   * of waiting take seconds; `real` runs it in real time (statically linked programs, Go).
   */
  clock: z.enum(['faketime', 'real']).optional(),
});

/**
 * A client in any language, judged from its traffic: for each client-mode scenario Faultline runs
 * `command` once against a simulator on a loopback port and hands it the environment below; the
 * command writes its outcome as JSON to the file `FAULTLINE_RESULT` names and exits.
 *
 * | variable | value |
 * | --- | --- |
 * | `FAULTLINE_BASE_URL` | the simulator, e.g. `http://127.0.0.1:41234` |
 * | `FAULTLINE_API_KEY` | a fresh API key for this scenario |
 * | `FAULTLINE_REFRESHED_API_KEY` | a second valid key: what a secrets manager hands out when the client refreshes its credentials |
 * | `FAULTLINE_PROVIDER` | `hcompany`, `skyvern`, `webcompute` or `problem` |
 * | `FAULTLINE_SCENARIO` | the scenario id |
 * | `FAULTLINE_TASK` | the task as JSON (`prompt`, `budget`, `answerSchema`, `proxy`) |
 * | `FAULTLINE_RESULT` | where to write `{"outcome":"accepted","answer":…}`, `{"outcome":"gave_up","reason":…}` or `{"outcome":"escalated","to":…,"reason":…}` |
 *
 * @example
 * const client: CommandClient = { name: 'py-client', command: ['python3', 'client.py'], providers: ['hcompany'] };
 */
export type CommandClient = z.infer<typeof CommandClientSchema>;
