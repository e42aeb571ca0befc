import type { RecoveryHandler } from '../../contract/index.ts';
import conservative from './conservative.ts';
import decorrelatedJitter from './decorrelated-jitter.ts';
import equalJitter from './equal-jitter.ts';
import escalatesWhenAllowed from './escalates-when-allowed.ts';
import freshBrowserWhenAllowed from './fresh-browser-when-allowed.ts';
import fullJitter from './full-jitter.ts';
import otherChoice from './other-choice.ts';
import sdkDefaultsHeedingNext from './sdk-defaults-heeding-next.ts';

/** A correct handler and the `should` rules it may break by design (graded non-strict, never failed). */
export interface CorrectHandler {
  handler: RecoveryHandler;
  mayBreak: readonly string[];
}

/**
 * The gallery of correct handlers, the mirror of the flawed one: each makes other allowed choices
 * than the reference handler, and the catalogue and seeded chaos must never fail any of them.
 */
export const CORRECT_HANDLERS: readonly CorrectHandler[] = [
  { handler: fullJitter, mayBreak: [] },
  { handler: equalJitter, mayBreak: [] },
  { handler: decorrelatedJitter, mayBreak: [] },
  { handler: escalatesWhenAllowed, mayBreak: [] },
  { handler: freshBrowserWhenAllowed, mayBreak: [] },
  { handler: otherChoice, mayBreak: [] },
  { handler: conservative, mayBreak: ['early-give-up'] },
  // Seed 002's documented defaults retry a 502/504 on the same browser, `internal` three times, and give up after 3.
  { handler: sdkDefaultsHeedingNext, mayBreak: ['kind-option', 'bound-kind', 'early-give-up'] },
];
