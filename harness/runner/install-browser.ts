import type { ResolvedBrowser } from '../shared/browser-path.ts';

/** What installing a browser needs from the machine: injected, so every path is tested without one. */
export interface Machine {
  /** The Chromium Faultline would drive now, or null when there is none. */
  browser(): ResolvedBrowser | null;
  /** Whether Playwright's download host can be reached (a fast check, so an offline machine does not wait on its retries). */
  canDownload(): Promise<boolean>;
  /** Runs a command with its output shown; resolves to its exit code. */
  run(command: string, args: readonly string[], env?: Record<string, string>): Promise<number>;
  isRoot: boolean;
  hasApt: boolean;
  /** Prints one line of what setting up did. */
  say(line: string): void;
}

/** Debian's package of the headless shell (what Playwright itself runs headless; the fastest to start). */
const DEBIAN_PACKAGE = 'chromium-headless-shell';
/**
 * What apt installs: the headless shell and a font, without the recommends of chromium-common
 * (udev, upower, printer settings, …) a headless browser does not use: on a fresh Debian 12,
 * 107 packages in 104 s instead of 326 in 593 s (measured in a debootstrap chroot).
 */
const APT_INSTALL = ['install', '-y', '--no-install-recommends', DEBIAN_PACKAGE, 'fonts-liberation'];

/**
 * Makes sure there is a Chromium to drive: nothing to do when one is found; else Playwright's own
 * download where its host can be reached; else Debian's `chromium-headless-shell` with apt when
 * running as root, or the exact `sudo` command to run. Says what it did at each step; resolves to
 * true when a Chromium is there at the end.
 *
 * @example
 * await installBrowser(machine); // 'Chromium: none found. Playwright's download host cannot be reached: skipping it.' …
 */
export async function installBrowser(machine: Machine): Promise<boolean> {
  const found = machine.browser();
  if (found) {
    machine.say(
      `Chromium: found (${found.source}${found.executablePath ? `, ${found.executablePath}` : ''}); nothing to install.`,
    );
    return true;
  }
  machine.say('Chromium: none found.');
  if (await machine.canDownload()) {
    const args = ['playwright', 'install', ...(machine.isRoot && machine.hasApt ? ['--with-deps'] : []), 'chromium'];
    machine.say(`Chromium: downloading Playwright's own (npx ${args.join(' ')}).`);
    const code = await machine.run('npx', args);
    if (code === 0 && machine.browser()) return said(machine, "Chromium: installed Playwright's own.", true);
    machine.say(`Chromium: Playwright's download failed (exit code ${code}).`);
  } else {
    machine.say("Chromium: Playwright's download host cannot be reached from here: skipping its download.");
  }
  if (!machine.hasApt) {
    return said(
      machine,
      'Chromium: no apt-get here either. Install a Chromium and point FAULTLINE_CHROMIUM at its executable, then run `npx faultline doctor`.',
      false,
    );
  }
  if (!machine.isRoot) {
    return said(
      machine,
      `Chromium: install Debian's headless shell, then run \`npx faultline doctor\`:\n  sudo apt-get ${APT_INSTALL.join(' ')}`,
      false,
    );
  }
  machine.say(`Chromium: installing Debian's ${DEBIAN_PACKAGE} (apt-get).`);
  const apt = { DEBIAN_FRONTEND: 'noninteractive' };
  const code =
    (await machine.run('apt-get', ['update', '-qq'], apt)) ||
    (await machine.run('apt-get', [...APT_INSTALL, '-qq'], apt));
  if (code === 0 && machine.browser()) return said(machine, `Chromium: installed Debian's ${DEBIAN_PACKAGE}.`, true);
  return said(
    machine,
    code
      ? `Chromium: apt-get failed (exit code ${code}).`
      : `Chromium: apt-get installed ${DEBIAN_PACKAGE}, yet no Chromium is found where Faultline looks (see \`npx faultline doctor\`).`,
    false,
  );
}

function said(machine: Machine, line: string, result: boolean): boolean {
  machine.say(line);
  return result;
}
