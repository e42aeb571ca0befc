import type { Fate, RunRequest } from './fates.ts';

/** One attempt as the simulator saw it: the request that started it and how it ended. */
export interface AttemptRecord {
  n: number;
  /** Virtual ms of the starting request. */
  startedAtMs: number;
  /** `seq` of the starting request in the traffic. */
  seq: number;
  request: RunRequest;
  idempotencyKey?: string;
  fate: Fate;
  /** The run the platform created, if it created one. */
  runId?: string;
  /** The attempt whose run an idempotent replay delivered again. */
  replayOf?: number;
  /** Virtual ms at which the client could first see how the attempt ended. */
  observedAtMs?: number;
  /** The payload that showed the end, as the client received it. */
  served?: { status: number; headers: Record<string, string>; body: string } | { network: 'refused' | 'reset' };
  /** True once a status read showed the client the run's end. */
  polledEnd: boolean;
  /** Status reads after one already showed the end (polls that should have stopped). */
  pollsAfterEnd: number;
}
