import type { SimulatorCore } from './core.ts';
import { json, type Reply } from './reply.ts';
import { viewRun, type RunView, type SimRun } from './runs.ts';
import { served } from './start-run.ts';

/**
 * Answers a status read of a run: its body as `render` shapes it, and marks the moment the client
 * first saw the run's end (later reads count as polls that should have stopped).
 *
 * @example
 * return pollRun(core, run, (view) => sessionBody(run, view));
 */
export function pollRun(core: SimulatorCore, run: SimRun, render: (view: RunView) => Record<string, unknown>, view = viewRun(run, core.now())): Reply {
  const reply = json(200, render(view));
  if (view.terminal) {
    core.observe(run.attempt, served(reply));
    if (run.attempt.polledEnd) run.attempt.pollsAfterEnd++;
    run.attempt.polledEnd = true;
  }
  return reply;
}

/**
 * Waits (virtual time, parked) until the run changes past `cursor` or `waitMs` passes: the
 * long-poll behind change feeds.
 *
 * @example
 * const view = await waitForChange(core, run, cursor, 30_000);
 */
export async function waitForChange(core: SimulatorCore, run: SimRun, cursor: number, waitMs: number): Promise<RunView> {
  const deadline = core.now() + waitMs;
  let view = viewRun(run, core.now());
  while (view.step <= cursor && view.nextChangeAtMs !== null && core.now() < deadline) {
    await core.park(Math.max(1, Math.min(view.nextChangeAtMs, deadline) - core.now()));
    view = viewRun(run, core.now());
  }
  return view;
}
