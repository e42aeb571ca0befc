import type { Provider } from '../harness/contract/index.ts';
import { withFreshPage } from './faults/browser-page.ts';
import { jsonAnswer, type FaultContext, type Realized } from './faults/fault.ts';
import { DATA_PAGE_ANSWER } from './site/pages.ts';

type Success = (ctx: FaultContext) => Promise<Realized>;

/** What each provider answers when nothing is armed: a clean success carrying the data page's answer. */
const SUCCESS: Record<Provider, Success> = {
  hcompany: async (ctx) =>
    jsonAnswer('hcompany', 200, {
      id: `ses_${ctx.task.id}_${ctx.attempt}`,
      status: 'completed',
      error_code: null,
      error: null,
      outcome: 'success',
      answer: DATA_PAGE_ANSWER,
    }),
  skyvern: async (ctx) =>
    jsonAnswer('skyvern', 200, {
      run_id: `tsk_v2_${ctx.task.id}_${ctx.attempt}`,
      status: 'completed',
      output: DATA_PAGE_ANSWER,
      failure_reason: null,
      errors: [],
    }),
  webcompute: async () => jsonAnswer('webcompute', 200, { success: true, result: DATA_PAGE_ANSWER, logs: [] }),
  problem: async () => jsonAnswer('problem', 200, DATA_PAGE_ANSWER),
  playwright: (ctx) =>
    withFreshPage(ctx, {}, async (page, { site }) => {
      await page.goto(site.url('/data'));
      const answer = {
        product: await page.locator('#product').innerText(),
        price: Number(await page.locator('#price').innerText()),
      };
      return { native: { provider: 'playwright', response: { status: 200, body: answer } }, fired: true, evidence: 'page loaded' };
    }),
};

/**
 * Realizes a clean success for the provider: what an attempt gets once the schedule is spent.
 * For `playwright` it really loads the fixture data page in the browser and extracts the answer.
 *
 * @example
 * const { native } = await realizeSuccess({ provider: 'hcompany', task, attempt: 3 });
 */
export function realizeSuccess(ctx: FaultContext): Promise<Realized> {
  return SUCCESS[ctx.provider](ctx);
}
