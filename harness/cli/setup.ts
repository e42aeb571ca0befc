import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { chromium } from '@playwright/test';
import { faultlineEnv } from '../env.ts';
import { resolveBrowser } from '../shared/browser-path.ts';
import { installBrowser, type Machine } from '../runner/install-browser.ts';
import { doctor } from './doctor.ts';

/** Where Playwright downloads Chromium from unless told otherwise. */
const PLAYWRIGHT_DOWNLOAD_HOST = 'https://cdn.playwright.dev';
/** How long the download host may take to accept a connection. */
const REACH_TIMEOUT_MS = 5_000;

/**
 * `faultline setup` (what `npm run setup` runs after `npm ci`): installs a Chromium when there is
 * none (Playwright's download, else Debian's `chromium-headless-shell` with apt, or the `sudo`
 * command to run), then runs `doctor`. Returns doctor's exit code (1 when no Chromium could be had).
 *
 * @example
 * process.exitCode = await setup();
 */
export async function setup(): Promise<number> {
  if (!(await installBrowser(thisMachine()))) return 1;
  return doctor();
}

function thisMachine(): Machine {
  return {
    browser: () => {
      try {
        return resolveBrowser(process.env, chromium.executablePath());
      } catch (error) {
        // A FAULTLINE_CHROMIUM that points nowhere is a mistake to show, not a browser to install.
        if (faultlineEnv().FAULTLINE_CHROMIUM) throw error;
        return null;
      }
    },
    canDownload,
    run: (command, args, env) =>
      new Promise((resolve) => {
        const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
        child.on('error', () => resolve(127));
        child.on('exit', (code) => resolve(code ?? 1));
      }),
    isRoot: process.getuid?.() === 0,
    hasApt: existsSync('/usr/bin/apt-get'),
    say: (line) => console.log(line),
  };
}

/** Whether Playwright's download host (its `PLAYWRIGHT_*DOWNLOAD_HOST`, else its CDN) accepts a connection; a proxy is trusted to. */
function canDownload(): Promise<boolean> {
  if (process.env.HTTPS_PROXY || process.env.https_proxy) return Promise.resolve(true);
  const url = new URL(
    process.env.PLAYWRIGHT_CHROMIUM_DOWNLOAD_HOST || process.env.PLAYWRIGHT_DOWNLOAD_HOST || PLAYWRIGHT_DOWNLOAD_HOST,
  );
  return new Promise((resolve) => {
    const socket = connect({
      host: url.hostname,
      port: Number(url.port) || (url.protocol === 'http:' ? 80 : 443),
      timeout: REACH_TIMEOUT_MS,
    });
    const done = (reached: boolean) => {
      socket.destroy();
      resolve(reached);
    };
    socket.on('connect', () => done(true));
    socket.on('timeout', () => done(false));
    socket.on('error', () => done(false));
  });
}
