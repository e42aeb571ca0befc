import { fleetBreaker } from './breaker.ts';
import { fleetConcurrency } from './concurrency.ts';
import { everyTaskEnds } from './every-task-ends.ts';
import type { FleetRule } from './fleet-rule.ts';
import { outageBound } from './outage-bound.ts';
import { retrySpread } from './retry-spread.ts';
import { runsOnce } from './runs-once.ts';

export type { FleetAttempt, FleetRule, FleetTraffic } from './fleet-rule.ts';
export { judgeFleetRule } from './fleet-rule.ts';

/** The rules judged on a fleet's whole traffic, in the order their violations are reported. */
export const FLEET_RULES: readonly FleetRule[] = [
  everyTaskEnds,
  runsOnce,
  outageBound,
  fleetConcurrency,
  fleetBreaker,
  retrySpread,
];
