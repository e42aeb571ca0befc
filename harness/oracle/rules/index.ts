import { acceptOnFailure } from './accept-on-failure.ts';
import { afterEnd } from './after-end.ts';
import { backoffGrowth, backoffJitter } from './backoff-shape.ts';
import { boundKind } from './bound-kind.ts';
import { boundTotalDelay } from './bound-total-delay.ts';
import { boundTotalRetries } from './bound-total-retries.ts';
import { backoffCap, backoffMin, delayLong, delayWait } from './delay-option.ts';
import { earlyGiveUp } from './early-give-up.ts';
import { end } from './end.ts';
import { flagNext } from './flag-next.ts';
import { flagRetryable } from './flag-retryable.ts';
import { kindExpected } from './kind-expected.ts';
import { kindOption } from './kind-option.ts';
import { retryAfter } from './retry-after.ts';
import type { DecisionRule, SequenceRule } from './rule.ts';

export type { DecisionCheck, DecisionRule, Finding, SequenceRule, Violation } from './rule.ts';

/** Rules judged on every decision, in the order their violations are reported. */
export const DECISION_RULES: readonly DecisionRule[] = [
  kindExpected,
  acceptOnFailure,
  boundKind,
  boundTotalRetries,
  boundTotalDelay,
  flagRetryable,
  flagNext,
  kindOption,
  earlyGiveUp,
  retryAfter,
  delayWait,
  delayLong,
  backoffMin,
  backoffCap,
];

/** Rules judged on the whole sequence of attempts. */
export const SEQUENCE_RULES: readonly SequenceRule[] = [backoffGrowth, backoffJitter, afterEnd, end];
