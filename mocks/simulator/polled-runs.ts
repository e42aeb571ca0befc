import type { SimulatorCore } from './core.ts';
import type { RunRequest } from './fates.ts';
import { IdempotencyStore } from './idempotency.ts';
import { json, type Reply } from './reply.ts';
import { RunStore, viewRun, type Phase, type RunView, type SimRun } from './runs.ts';
import { served, startRun } from './start-run.ts';
import type { Exchange } from './traffic.ts';

/** How a platform whose runs are polled creates them. */
export interface PolledRunsOptions<D> {
  /** Virtual ms the platform works on a create before answering (a resend meanwhile gets 409). */
  workMs: number;
  /** The states a new run goes through before its end, drawn from the simulator's seeded random. */
  phases(random: () => number): Phase[];
  /**
   * The payload that says how a run ended, in the form the platform's end is read in (H Company's
   * `changes` answer, Skyvern's run): what the harness records as seen whichever read showed the end.
   */
  endPayload(run: SimRun<D>, view: RunView): Record<string, unknown>;
}

/** One run-starting request of a polled platform. */
export interface RunStartRequest<D> {
  exchange: Exchange;
  body: unknown;
  request: RunRequest;
  /** What the platform keeps about the run (its request, its type, its id). */
  data: D;
  id: string;
  /** The accepted answer for the new run. */
  created(run: SimRun<D>): Reply;
}

/**
 * The simulator step H Company and Skyvern share: a create that honours `Idempotency-Key` and
 * opens an attempt (a replay hands the run over to the resend), runs that follow their phases on
 * the virtual clock to the end their fate says, status reads that mark when the client first saw
 * the end, and long-polls that wait for the next change.
 *
 * @example
 * const runs = new PolledRuns(core, { workMs: 300, phases: () => [{ status: 'running', ms: 5_000 }], endPayload: (run, view) => render(run, view) });
 * return runs.start({ exchange, body, request, data, id, created: (run) => json(200, render(run)) });
 */
export class PolledRuns<D> {
  readonly store = new RunStore<D>();
  private readonly keys = new IdempotencyStore();

  constructor(
    private readonly core: SimulatorCore,
    private readonly options: PolledRunsOptions<D>,
  ) {}

  /** Handles a run-starting request: replay, refusal, an error fate, or a new run. */
  start({ exchange, body, request, data, id, created }: RunStartRequest<D>): Promise<Reply> {
    const { core, store } = this;
    return startRun({
      core,
      keys: this.keys,
      exchange,
      body,
      request,
      workMs: this.options.workMs,
      replayed: (replay, original) => void (store.get(original.runId)!.attempt = replay),
      accept: (attempt) =>
        created(
          store.add({
            id,
            attempt,
            data,
            createdAtMs: core.now(),
            phases: this.options.phases(core.random),
            final: attempt.fate.type === 'reply' ? {} : attempt.fate.body,
          }),
        ),
    });
  }

  /** The run with that id, if any. */
  get(id: string | undefined): SimRun<D> | undefined {
    return this.store.get(id);
  }

  /** Where the run is now. */
  view(run: SimRun<D>): RunView {
    return viewRun(run, this.core.now());
  }

  /**
   * Answers a read of a run with its body as `render` shapes it; once the body shows the end, the
   * client has seen it (later reads count as polls that should have stopped), and the run's end
   * payload is recorded as what it saw.
   */
  read(run: SimRun<D>, render: (view: RunView) => Record<string, unknown>, view = this.view(run)): Reply {
    const reply = json(200, render(view));
    if (view.terminal) {
      this.core.observe(run.attempt, served(json(200, this.options.endPayload(run, view))));
      if (run.attempt.polledEnd) run.attempt.pollsAfterEnd++;
      run.attempt.polledEnd = true;
    }
    return reply;
  }

  /** Waits (virtual time, parked) until the run's step passes `step` or `waitMs` passes. */
  async waitPast(run: SimRun<D>, step: number, waitMs: number): Promise<RunView> {
    const { core } = this;
    const deadline = core.now() + waitMs;
    let view = this.view(run);
    while (view.step <= step && view.nextChangeAtMs !== null && core.now() < deadline) {
      await core.park(Math.max(1, Math.min(view.nextChangeAtMs, deadline) - core.now()));
      view = this.view(run);
    }
    return view;
  }
}
