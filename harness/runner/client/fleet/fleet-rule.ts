import type { ClientResult } from '../../../contract/index.ts';
import type { Violation } from '../../../oracle/index.ts';
import type { Level } from '../../../oracle/schema.ts';
import type { AttemptRecord } from '../../../../mocks/simulator/attempts.ts';

/** One run-starting request of a fleet, as the rules read it. */
export interface FleetAttempt {
  record: AttemptRecord;
  /** 0-based index of the task it belongs to, or null when its prompt names none. */
  task: number | null;
  /** True when it is not its task's first attempt (a retry or a resend). */
  retry: boolean;
  /** True when the platform ran it to a success. */
  succeeded: boolean;
  /** The platform-wide fault that refused it, if one did (`platform.outage`, …). */
  refusedBy: string | null;
}

/** What the fleet rules judge: every attempt in order of arrival, the tasks' results, the armed platform. */
export interface FleetTraffic {
  attempts: readonly FleetAttempt[];
  tasks: number;
  /** One result per task (null: none, or not a result), or null when the client returned no list. */
  results: ReadonlyArray<ClientResult | null> | null;
  /** The platform-wide faults armed, by id, with their parameters. */
  platform: ReadonlyArray<{ id: string; params: Record<string, unknown> }>;
}

/** A rule judged on a whole fleet's traffic. */
export interface FleetRule {
  id: string;
  /** Why the rule exists, and why its threshold. */
  why: string;
  level: Level;
  check(traffic: FleetTraffic): string[];
}

/**
 * The violations of one fleet rule, one per finding, at the rule's level.
 *
 * @example
 * judgeFleetRule(fleetConcurrency, traffic); // [{ attempt: null, rule: 'fleet-concurrency', level: 'should', message: '…' }]
 */
export function judgeFleetRule(rule: FleetRule, traffic: FleetTraffic): Violation[] {
  return rule.check(traffic).map((message) => ({
    attempt: null,
    rule: rule.id,
    level: rule.level,
    message: `${rule.id} (${rule.level}): ${message}`,
  }));
}

/**
 * Attempts in flight at `atMs`: started at or before it, and not yet seen ended by the client.
 *
 * @example
 * inFlightAt(traffic.attempts, 12_000); // 5
 */
export function inFlightAt(attempts: readonly FleetAttempt[], atMs: number): number {
  return attempts.filter(({ record }) => record.startedAtMs <= atMs && (record.observedAtMs ?? Infinity) > atMs).length;
}

/**
 * How messages name an attempt.
 *
 * @example
 * named(attempt); // 'request 12 (task 3)'
 */
export function named(attempt: FleetAttempt): string {
  return `request ${attempt.record.seq}${attempt.task === null ? '' : ` (task ${attempt.task + 1})`}`;
}
