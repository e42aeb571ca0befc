import { formatMs } from '../describe.ts';
import { MAX_TOTAL_DELAY_MS, type SequenceRule } from './rule.ts';

/** At most 3 h of total (virtual) delay per scenario. */
export const boundTotalDelay: SequenceRule = {
  id: 'bound-total-delay',
  why: 'a scenario allows at most 3 h of total delay',
  check: (attempts) => {
    let total = 0;
    for (const a of attempts) {
      if (a.decision.action !== 'retry') continue;
      total += a.decision.delayMs;
      if (total > MAX_TOTAL_DELAY_MS) {
        return [{ attempt: a.n, rule: 'bound-total-delay', message: `attempt ${a.n}: total delay reached ${formatMs(total)}; expected at most ${formatMs(MAX_TOTAL_DELAY_MS)} in all (rule bound-total-delay: ${boundTotalDelay.why})` }];
      }
    }
    return [];
  },
};
