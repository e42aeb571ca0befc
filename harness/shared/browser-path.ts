import { existsSync } from 'node:fs';
import { faultlineEnv } from '../env.ts';
import { InputError } from '../input-error.ts';

/** Where the browser comes from, and the executable to pass to `launch` (undefined: Playwright's own). */
export interface ResolvedBrowser {
  source: 'env' | 'playwright' | 'system-headless-shell' | 'system-chromium';
  executablePath: string | undefined;
}

/** System browsers, best first: the headless shell (what Playwright itself uses headless), then full Chromium. */
const SYSTEM_BROWSERS: Array<[ResolvedBrowser['source'], string]> = [
  ['system-headless-shell', '/usr/lib/chromium/chromium-headless-shell'],
  ['system-chromium', '/usr/bin/chromium'],
  ['system-chromium', '/usr/bin/chromium-browser'],
  ['system-chromium', '/usr/bin/google-chrome'],
  ['system-chromium', '/usr/bin/google-chrome-stable'],
];

/**
 * Finds the Chromium to run: `FAULTLINE_CHROMIUM`, else a Playwright-managed Chromium, else the
 * system headless shell, else a system Chromium. Throws an {@link InputError} saying what to install.
 *
 * @example
 * resolveBrowser(process.env, chromium.executablePath()); // { source: 'system-headless-shell', executablePath: '/usr/lib/…' }
 */
export function resolveBrowser(
  env: Record<string, string | undefined>,
  playwrightManagedPath: string | undefined,
  exists: (path: string) => boolean = existsSync,
): ResolvedBrowser {
  const explicit = faultlineEnv(env).FAULTLINE_CHROMIUM;
  if (explicit) {
    if (!exists(explicit)) throw new InputError(`FAULTLINE_CHROMIUM=${explicit}: no executable at that path`);
    return { source: 'env', executablePath: explicit };
  }
  if (playwrightManagedPath && exists(playwrightManagedPath))
    return { source: 'playwright', executablePath: undefined };
  const system = SYSTEM_BROWSERS.find(([, path]) => exists(path));
  if (system) return { source: system[0], executablePath: system[1] };
  throw new InputError(
    [
      "Faultline found no Chromium to drive. `npx faultline setup` installs one (Playwright's download, else Debian's), or install one of:",
      "  • Playwright's own:   npx playwright install chromium",
      '  • Debian / Ubuntu:    sudo apt-get install -y chromium-headless-shell   (or: chromium)',
      '  • or point FAULTLINE_CHROMIUM at a Chromium executable.',
    ].join('\n'),
  );
}
