import type { Fault } from './fault.ts';
import { browserCrash } from './browser-crash.ts';
import { browserContextClosed } from './browser-context-closed.ts';
import { browserKilled } from './browser-killed.ts';
import { browserLaunchFailure } from './browser-launch-failure.ts';
import { browserScreenshotFailure } from './browser-screenshot-failure.ts';
import { browserNavigationTimeout } from './browser-navigation-timeout.ts';
import { browserProxyRefused } from './browser-proxy-refused.ts';
import { cliError } from './cli-error.ts';
import { cliOutput } from './cli-output.ts';
import { cliSignal } from './cli-signal.ts';
import { hcompanySession } from './hcompany-session.ts';
import { httpResponse } from './http-response.ts';
import { networkRefused } from './network-refused.ts';
import { networkReset } from './network-reset.ts';
import { pageFetch } from './page-fetch.ts';
import { problemDocument } from './problem-document.ts';
import { proxyToxic } from './proxy-toxic.ts';
import { sitePage } from './site-page.ts';
import { skyvernRun } from './skyvern-run.ts';
import { webcomputeExecute } from './webcompute-execute.ts';
import { webcomputeGateway } from './webcompute-gateway.ts';
import { webcomputeQuickAction } from './webcompute-quick-action.ts';
import { webcomputeSdkError } from './webcompute-sdk-error.ts';

export type { BrowserParts, Fault, FaultContext, Mode, Realized, ServedFate } from './fault.ts';
export { faultModes } from './fault.ts';

const ALL = [
  hcompanySession,
  skyvernRun,
  webcomputeGateway,
  webcomputeExecute,
  webcomputeQuickAction,
  webcomputeSdkError,
  problemDocument,
  httpResponse,
  networkRefused,
  networkReset,
  browserNavigationTimeout,
  browserCrash,
  browserProxyRefused,
  browserKilled,
  browserLaunchFailure,
  browserContextClosed,
  browserScreenshotFailure,
  sitePage,
  proxyToxic,
  pageFetch,
  cliError,
  cliOutput,
  cliSignal,
] as const;

/** Any fault of the registry, with its exact id, providers and parameter types. */
export type AnyFault = (typeof ALL)[number];
/** The id of a fault of the registry, e.g. `'hcompany.session'`. */
export type FaultId = AnyFault['id'];

/**
 * Every fault a scenario can arm, keyed by id: a typed constant, so a scenario file's fault id and
 * parameters are checked by `tsc` (and completed by editors).
 *
 * @example
 * FAULTS['webcompute.gateway'].params.parse({ status: 429, code: 'RATE_LIMITED' });
 */
export const FAULTS = Object.freeze(Object.fromEntries(ALL.map((fault) => [fault.id, fault]))) as {
  readonly [F in AnyFault as F['id']]: F;
};

/**
 * The fault with this id, or undefined for an id the registry does not know (own ids only, so
 * `constructor` is unknown too).
 *
 * @example
 * faultById('network.reset')?.wire; // true
 * faultById('hcompany.sesion');     // undefined
 */
export function faultById(id: string): Fault | undefined {
  return Object.hasOwn(FAULTS, id) ? (FAULTS[id as FaultId] as Fault) : undefined;
}

/**
 * Every fault id, in registry order.
 *
 * @example
 * FAULT_IDS.includes('proxy.toxic'); // true
 */
export const FAULT_IDS: readonly FaultId[] = ALL.map((fault) => fault.id);
