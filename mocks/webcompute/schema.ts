import { z } from 'zod';

// Written from Webcompute's public API reference (docs-preview.webcompute.dev: execute
// browser-control code, get lightweight browser status, scrape a URL, the SDK browser reference,
// managed-browser lifecycle) and seed 002 (error envelope fields, gateway and browser-server
// codes, execute results). Facts only; where both are silent the shape is Faultline's choice.

const Timestamp = z.iso.datetime({ offset: true });

/** Browser lifecycle states (Faultline's choice: the reference names the field, not its values; seed 002 names `browser_configuring`). */
const BrowserLifecycleSchema = z.enum(['creating', 'configuring', 'ready', 'closed']);

/** Body of `POST /v1/browsers` (the SDK's `BrowserCreateOptions`). */
export const CreateBrowserRequestSchema = z.looseObject({
  proxy: z.string().optional(),
  maxDuration: z.number().int().positive().optional(),
  recording: z.boolean().optional(),
  policy: z.record(z.string(), z.unknown()).optional(),
});

/** A browser (`POST /v1/browsers`, `GET /v1/browsers/{id}`, `DELETE /v1/browsers/{id}`). */
export const BrowserSchema = z.strictObject({
  id: z.string().regex(/^browser_/),
  lifecycleStatus: BrowserLifecycleSchema,
  createdAt: Timestamp,
});

const Tab = z.strictObject({ tabId: z.string(), url: z.string(), title: z.string() });

/** `GET /v1/browsers/{id}/status`: the lightweight snapshot `browser.status()` returns. */
export const BrowserStatusSnapshotSchema = z.strictObject({
  browserId: z.string().regex(/^browser_/),
  activeTab: Tab.nullable(),
  tabs: z.array(Tab),
  cookieCount: z.number().int().nonnegative(),
  cookieDomains: z.array(z.string()).max(32),
  lastActionAt: Timestamp,
});

/** Body of `POST /v1/browsers/{id}/playwright/execute`. */
export const ExecuteRequestSchema = z.looseObject({
  code: z
    .string()
    .min(1)
    .refine((code) => Buffer.byteLength(code) <= 262_144, 'at most 262144 UTF-8 bytes'),
  pageId: z.unknown().optional(),
  timeoutMs: z.number().int().min(1).max(120_000).optional(),
  capture: z.unknown().optional(),
  variables: z.record(z.string(), z.unknown()).optional(),
  variableScopes: z.record(z.string(), z.unknown()).optional(),
});

/** A `playwright.execute` result (seed 002, "Browser-code failures": success, error, logs, …). */
export const ExecuteResultSchema = z.strictObject({
  success: z.boolean(),
  result: z.unknown().optional(),
  error: z.strictObject({ code: z.string(), name: z.string(), message: z.string() }).optional(),
  logs: z.array(z.unknown()),
});

/** Body of the quick action `POST /v1/scrape` (ephemeral browser; `url` required). */
export const ScrapeRequestSchema = z.looseObject({
  url: z.string().min(1),
  proxy: z.string().optional(),
  waitFor: z.string().optional(),
  timeout: z.number().int().positive().optional(),
  policy: z.record(z.string(), z.unknown()).optional(),
  format: z.string().optional(),
  selector: z.string().optional(),
  maxChars: z.number().int().positive().optional(),
});

/** What `POST /v1/scrape` answers (the fields the simulator fills). */
export const ScrapeResultSchema = z.strictObject({
  v: z.literal(1),
  url: z.string(),
  title: z.string(),
  format: z.string(),
  content: z.string(),
  completeness: z.strictObject({
    ratio: z.number(),
    complete: z.boolean(),
    capLimited: z.boolean(),
    pruningLimited: z.boolean(),
  }),
  statusCode: z.number().int(),
  captchaSolved: z.boolean(),
  elapsedMs: z.number().nonnegative(),
});

/** A gateway error envelope (seed 002's `WebcomputeError` fields; Faultline's choice of a flat JSON body). */
export const GatewayErrorSchema = z.strictObject({
  code: z.string(),
  type: z.string(),
  message: z.string(),
  retryable: z.boolean(),
  next: z.string().optional(),
  requestId: z.string(),
  param: z.string().optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});
