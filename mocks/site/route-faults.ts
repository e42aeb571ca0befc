import type { BrowserContext, Request } from '@playwright/test';

/** Every error code Playwright 1.65's `route.abort()` offers. */
export const ABORT_CODES = [
  'aborted',
  'accessdenied',
  'addressunreachable',
  'blockedbyclient',
  'blockedbyresponse',
  'connectionaborted',
  'connectionclosed',
  'connectionfailed',
  'connectionrefused',
  'connectionreset',
  'internetdisconnected',
  'namenotresolved',
  'timedout',
  'failed',
] as const;
/** An error code of `route.abort()`. */
export type AbortCode = (typeof ABORT_CODES)[number];

/**
 * The `net::ERR_*` text Chromium 156 reports in `requestfailed` for each abort code, measured
 * here on a page's own `fetch` (tests/site/route-faults.test.ts checks it).
 */
export const ABORT_CODE_TO_NET_ERROR: Record<AbortCode, string> = {
  aborted: 'net::ERR_ABORTED',
  accessdenied: 'net::ERR_ACCESS_DENIED',
  addressunreachable: 'net::ERR_ADDRESS_UNREACHABLE',
  blockedbyclient: 'net::ERR_BLOCKED_BY_CLIENT.Inspector', // as Chromium 156 reports it for an interception
  blockedbyresponse: 'net::ERR_BLOCKED_BY_RESPONSE',
  connectionaborted: 'net::ERR_CONNECTION_ABORTED',
  connectionclosed: 'net::ERR_CONNECTION_CLOSED',
  connectionfailed: 'net::ERR_CONNECTION_FAILED',
  connectionrefused: 'net::ERR_CONNECTION_REFUSED',
  connectionreset: 'net::ERR_CONNECTION_RESET',
  internetdisconnected: 'net::ERR_INTERNET_DISCONNECTED',
  namenotresolved: 'net::ERR_NAME_NOT_RESOLVED',
  timedout: 'net::ERR_TIMED_OUT',
  failed: 'net::ERR_FAILED',
};

/** What an in-page fault did to the page's own API call. */
export type PageFetchFault = { mode: 'off_schema' } | { mode: 'abort'; code: AbortCode };

/** What the route saw: how often it intercepted, and the errors `requestfailed` reported. */
export interface PageFetchRecord {
  intercepted: number;
  failures: string[];
}

/**
 * Arms an in-page fault on the page's own `fetch('/api/price')`, through Playwright's
 * `context.route`: answer it with off-schema JSON, or abort it with a `route.abort` code.
 * Returns the live record that proves it fired.
 *
 * @example
 * const record = await armPageFetch(context, { mode: 'abort', code: 'connectionreset' });
 * // … after the page ran: record.failures → ['net::ERR_CONNECTION_RESET']
 */
export async function armPageFetch(context: BrowserContext, fault: PageFetchFault): Promise<PageFetchRecord> {
  const record: PageFetchRecord = { intercepted: 0, failures: [] };
  context.on('requestfailed', (request: Request) => {
    if (request.url().endsWith('/api/price')) record.failures.push(request.failure()?.errorText ?? 'unknown');
  });
  await context.route('**/api/price', async (route) => {
    record.intercepted++;
    if (fault.mode === 'abort') await route.abort(fault.code);
    else await route.fulfill({ json: { price: 'about a thousand' } });
  });
  return record;
}
