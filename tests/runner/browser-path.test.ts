import { describe, expect, it } from 'vitest';
import { resolveBrowser } from '../../harness/shared/browser-path.ts';

const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('resolveBrowser', () => {
  it('takes FAULTLINE_CHROMIUM first', () => {
    expect(
      resolveBrowser({ FAULTLINE_CHROMIUM: '/opt/chrome' }, '/pw/chrome', only('/opt/chrome', '/pw/chrome')),
    ).toEqual({ source: 'env', executablePath: '/opt/chrome' });
  });
  it('refuses a FAULTLINE_CHROMIUM that does not exist', () => {
    expect(() => resolveBrowser({ FAULTLINE_CHROMIUM: '/nope' }, undefined, only())).toThrow(
      /FAULTLINE_CHROMIUM=\/nope: no executable/,
    );
  });
  it("then Playwright's own browser", () => {
    expect(resolveBrowser({}, '/pw/chrome', only('/pw/chrome', '/usr/bin/chromium'))).toEqual({
      source: 'playwright',
      executablePath: undefined,
    });
  });
  it('then the system headless shell, before full Chromium', () => {
    const exists = only('/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium');
    expect(resolveBrowser({}, '/pw/missing', exists).source).toBe('system-headless-shell');
    expect(resolveBrowser({}, '/pw/missing', only('/usr/bin/chromium')).executablePath).toBe('/usr/bin/chromium');
  });
  it('else says exactly what to install', () => {
    expect(() => resolveBrowser({}, undefined, only())).toThrow(
      /npx playwright install chromium[\s\S]*apt-get install -y chromium-headless-shell/,
    );
  });
});
