import { describe, expect, it } from 'vitest';
import type { ResolvedBrowser } from '../../harness/shared/browser-path.ts';
import { installBrowser, type Machine } from '../../harness/runner/install-browser.ts';

const SHELL: ResolvedBrowser = {
  source: 'system-headless-shell',
  executablePath: '/usr/lib/chromium/chromium-headless-shell',
};
const PLAYWRIGHTS: ResolvedBrowser = { source: 'playwright', executablePath: undefined };

/**
 * A machine with no browser until a command installs one: `installs` maps a command line to the
 * browser it leaves (and its exit code); it records every command run and every line said.
 */
function machine(options: {
  reachable: boolean;
  isRoot: boolean;
  hasApt?: boolean;
  browser?: ResolvedBrowser;
  installs?: Record<string, [number, ResolvedBrowser | null]>;
}) {
  let browser = options.browser ?? null;
  const ran: string[] = [];
  const said: string[] = [];
  const m: Machine = {
    browser: () => browser,
    canDownload: async () => options.reachable,
    run: async (command, args) => {
      const line = [command, ...args].join(' ');
      ran.push(line);
      const [code, installed] = options.installs?.[line] ?? [0, null];
      browser = installed ?? browser;
      return code;
    },
    isRoot: options.isRoot,
    hasApt: options.hasApt ?? true,
    say: (line) => said.push(line),
  };
  return { m, ran, said };
}

describe('installing a Chromium', () => {
  it('installs nothing when one is found', async () => {
    const { m, ran, said } = machine({ reachable: true, isRoot: true, browser: SHELL });
    expect(await installBrowser(m)).toBe(true);
    expect(ran).toEqual([]);
    expect(said).toEqual([
      'Chromium: found (system-headless-shell, /usr/lib/chromium/chromium-headless-shell); nothing to install.',
    ]);
  });

  it("downloads Playwright's own where its host can be reached (with its system libraries as root)", async () => {
    const { m, ran, said } = machine({
      reachable: true,
      isRoot: true,
      installs: { 'npx playwright install --with-deps chromium': [0, PLAYWRIGHTS] },
    });
    expect(await installBrowser(m)).toBe(true);
    expect(ran).toEqual(['npx playwright install --with-deps chromium']);
    expect(said.at(-1)).toBe("Chromium: installed Playwright's own.");
    const user = machine({
      reachable: true,
      isRoot: false,
      installs: { 'npx playwright install chromium': [0, PLAYWRIGHTS] },
    });
    expect(await installBrowser(user.m)).toBe(true);
    expect(user.ran).toEqual(['npx playwright install chromium']);
  });

  it("offline as root: skips the download at once and installs Debian's headless shell with apt, saying so", async () => {
    const { m, ran, said } = machine({
      reachable: false,
      isRoot: true,
      installs: {
        'apt-get install -y --no-install-recommends chromium-headless-shell fonts-liberation -qq': [0, SHELL],
      },
    });
    expect(await installBrowser(m)).toBe(true);
    expect(ran).toEqual([
      'apt-get update -qq',
      'apt-get install -y --no-install-recommends chromium-headless-shell fonts-liberation -qq',
    ]);
    expect(said).toEqual([
      'Chromium: none found.',
      "Chromium: Playwright's download host cannot be reached from here: skipping its download.",
      "Chromium: installing Debian's chromium-headless-shell (apt-get).",
      "Chromium: installed Debian's chromium-headless-shell.",
    ]);
  });

  it("falls back to apt when Playwright's download fails", async () => {
    const { m, ran, said } = machine({
      reachable: true,
      isRoot: true,
      installs: {
        'npx playwright install --with-deps chromium': [1, null],
        'apt-get install -y --no-install-recommends chromium-headless-shell fonts-liberation -qq': [0, SHELL],
      },
    });
    expect(await installBrowser(m)).toBe(true);
    expect(ran).toEqual([
      'npx playwright install --with-deps chromium',
      'apt-get update -qq',
      'apt-get install -y --no-install-recommends chromium-headless-shell fonts-liberation -qq',
    ]);
    expect(said).toContain("Chromium: Playwright's download failed (exit code 1).");
  });

  it('not root: prints the exact sudo command and runs nothing', async () => {
    const { m, ran, said } = machine({ reachable: false, isRoot: false });
    expect(await installBrowser(m)).toBe(false);
    expect(ran).toEqual([]);
    expect(said.at(-1)).toBe(
      "Chromium: install Debian's headless shell, then run `npx faultline doctor`:\n  sudo apt-get install -y --no-install-recommends chromium-headless-shell fonts-liberation",
    );
  });

  it('says what failed: apt-get, or no apt-get at all', async () => {
    const failing = machine({ reachable: false, isRoot: true, installs: { 'apt-get update -qq': [100, null] } });
    expect(await installBrowser(failing.m)).toBe(false);
    expect(failing.ran).toEqual(['apt-get update -qq']);
    expect(failing.said.at(-1)).toBe('Chromium: apt-get failed (exit code 100).');
    const noApt = machine({ reachable: false, isRoot: true, hasApt: false });
    expect(await installBrowser(noApt.m)).toBe(false);
    expect(noApt.said.at(-1)).toMatch(
      /^Chromium: no apt-get here either\. Install a Chromium and point FAULTLINE_CHROMIUM at its executable/,
    );
  });
});
