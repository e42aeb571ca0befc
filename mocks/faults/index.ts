import type { Fault } from './fault.ts';
import { browserCrash } from './browser-crash.ts';
import { browserContextClosed } from './browser-context-closed.ts';
import { browserKilled } from './browser-killed.ts';
import { browserLaunchFailure } from './browser-launch-failure.ts';
import { browserScreenshotFailure } from './browser-screenshot-failure.ts';
import { browserNavigationTimeout } from './browser-navigation-timeout.ts';
import { browserProxyRefused } from './browser-proxy-refused.ts';
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
import { webcomputeSdkError } from './webcompute-sdk-error.ts';

export type { BrowserParts, Fault, FaultContext, Realized } from './fault.ts';

/** Every fault a scenario can arm, by id. */
export const FAULTS: ReadonlyMap<string, Fault<any>> = new Map(
  [
    hcompanySession,
    skyvernRun,
    webcomputeGateway,
    webcomputeExecute,
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
  ].map((fault) => [fault.id, fault as Fault<any>]),
);
