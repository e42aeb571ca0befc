import { chromium } from '@playwright/test';
import { resolveBrowser } from '../shared/browser-path.ts';

/**
 * `faultline doctor`: which Chromium the scenarios will drive, and whether it starts (it is
 * launched once and closed). Prints one line and returns 0; returns 1 when it does not start.
 * Throws an InputError saying what to install when there is none.
 *
 * @example
 * await doctor(); // prints 'browser: system-headless-shell (/usr/lib/chromium/chromium-headless-shell), Chromium 156.0.8078.108: it starts'
 */
export async function doctor(): Promise<number> {
  const browser = resolveBrowser(process.env, chromium.executablePath());
  const where = `${browser.source} (${browser.executablePath ?? chromium.executablePath()})`;
  let version: string;
  try {
    const launched = await chromium.launch({ executablePath: browser.executablePath });
    try {
      version = launched.version();
    } finally {
      await launched.close();
    }
  } catch (error) {
    const reason =
      String((error as Error)?.message ?? error)
        .split('\n')
        .find((line) => line.trim()) ?? 'no reason given';
    const hint =
      browser.source === 'playwright'
        ? ' (missing system libraries? as root: npx playwright install-deps chromium)'
        : '';
    console.error(`faultline: browser: ${where} does not start: ${reason}${hint}`);
    return 1;
  }
  console.log(`browser: ${where}, Chromium ${version}: it starts`);
  return 0;
}
