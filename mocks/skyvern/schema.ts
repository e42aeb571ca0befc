import { z } from 'zod';

// Written from Skyvern's public OpenAPI document (docs/api-reference/openapi.json in
// Skyvern-AI/skyvern: `TaskRunRequest`, `TaskRunResponse`, `RunStatus`, `RunEngine`,
// `ProxyLocation`, `HTTPValidationError`), its webhook documentation and seed 001. Facts only.

/** Naive ISO timestamps, as Skyvern's API serializes its datetimes (`2026-01-20T11:58:57.414123`). */
const Timestamp = z.iso.datetime({ local: true });

/** `RunStatus` (the reference; seed 001 shows all but `paused`). */
const RunStatusSchema = z.enum([
  'created',
  'queued',
  'running',
  'paused',
  'timed_out',
  'failed',
  'terminated',
  'completed',
  'canceled',
]);

/** `RunEngine`. */
const RunEngineSchema = z.enum([
  'skyvern-1.0',
  'skyvern-2.0',
  'skyvern-3.0',
  'openai-cua',
  'anthropic-cua',
  'ui-tars',
  'yutori-navigator',
]);

/** The `run_type` of a task run. */
const RunTypeSchema = z.enum([
  'task_v1',
  'task_v2',
  'task_v3',
  'openai_cua',
  'anthropic_cua',
  'ui_tars',
  'yutori_navigator',
]);

/** `ProxyLocation`. */
const ProxyLocationSchema = z.enum([
  'RESIDENTIAL',
  'US-CA',
  'US-NY',
  'US-TX',
  'US-FL',
  'US-WA',
  'RESIDENTIAL_ES',
  'RESIDENTIAL_IE',
  'RESIDENTIAL_GB',
  'RESIDENTIAL_IN',
  'RESIDENTIAL_JP',
  'RESIDENTIAL_FR',
  'RESIDENTIAL_DE',
  'RESIDENTIAL_NZ',
  'RESIDENTIAL_ZA',
  'RESIDENTIAL_AR',
  'RESIDENTIAL_AU',
  'RESIDENTIAL_BR',
  'RESIDENTIAL_TR',
  'RESIDENTIAL_CA',
  'RESIDENTIAL_MX',
  'RESIDENTIAL_IT',
  'RESIDENTIAL_NL',
  'RESIDENTIAL_PH',
  'RESIDENTIAL_KR',
  'RESIDENTIAL_SA',
  'RESIDENTIAL_ISP',
  'NONE',
]);

/** `GeoTarget`: country, optional subdivision and city. */
const GeoTargetSchema = z.looseObject({
  country: z.string().length(2),
  subdivision: z.string().max(10).nullable().optional(),
  city: z.string().max(100).nullable().optional(),
});

/** `proxy_location`: a location, a geo target, any object, or null. */
const ProxyLocationInputSchema = z
  .union([ProxyLocationSchema, GeoTargetSchema, z.record(z.string(), z.unknown())])
  .nullable();

/** Body of `POST /v1/run/tasks` (`TaskRunRequest`: `prompt` required; unknown fields ignored, as the pydantic model does). */
export const TaskRunRequestSchema = z.looseObject({
  prompt: z.string(),
  url: z.string().nullable().optional(),
  engine: RunEngineSchema.optional(),
  title: z.string().nullable().optional(),
  proxy_location: ProxyLocationInputSchema.optional(),
  data_extraction_schema: z
    .union([z.record(z.string(), z.unknown()), z.array(z.unknown()), z.string()])
    .nullable()
    .optional(),
  error_code_mapping: z.record(z.string(), z.string()).nullable().optional(),
  max_steps: z.number().int().nullable().optional(),
  webhook_url: z.string().nullable().optional(),
  totp_identifier: z.string().nullable().optional(),
  totp_url: z.string().nullable().optional(),
  browser_session_id: z.string().nullable().optional(),
  browser_profile_id: z.string().nullable().optional(),
  start_fresh_browser: z.boolean().optional(),
  model: z.record(z.string(), z.unknown()).nullable().optional(),
  extra_http_headers: z.record(z.string(), z.string()).nullable().optional(),
  cdp_connect_headers: z.record(z.string(), z.string()).nullable().optional(),
  publish_workflow: z.boolean().optional(),
  include_action_history_in_verification: z.boolean().nullable().optional(),
  max_screenshot_scrolls: z.number().int().nullable().optional(),
  browser_address: z.string().nullable().optional(),
  run_with: z.string().nullable().optional(),
});

/** `run_request` in a run: the request with the server's defaults filled in. */
const RunRequestEchoSchema = TaskRunRequestSchema.extend({
  engine: RunEngineSchema,
  proxy_location: ProxyLocationInputSchema,
});

/** `TaskRunResponse`: what `run_task` and `get_run` answer (required: `run_id`, `status`, `created_at`, `modified_at`, `run_type`). */
export const TaskRunResponseSchema = z.strictObject({
  run_id: z.string().regex(/^tsk_/),
  status: RunStatusSchema,
  output: z
    .union([z.record(z.string(), z.unknown()), z.array(z.unknown()), z.string()])
    .nullable()
    .optional(),
  downloaded_files: z
    .array(z.looseObject({ url: z.string() }))
    .nullable()
    .optional(),
  recording_url: z.string().nullable().optional(),
  recording_archived: z.boolean().optional(),
  screenshot_urls: z.array(z.string()).nullable().optional(),
  failure_reason: z.string().nullable().optional(),
  created_at: Timestamp,
  modified_at: Timestamp,
  queued_at: Timestamp.nullable().optional(),
  started_at: Timestamp.nullable().optional(),
  finished_at: Timestamp.nullable().optional(),
  app_url: z.string().nullable().optional(),
  browser_session_id: z.string().nullable().optional(),
  browser_profile_id: z.string().nullable().optional(),
  max_screenshot_scrolls: z.number().int().nullable().optional(),
  script_run: z.looseObject({}).nullable().optional(),
  errors: z.array(z.record(z.string(), z.unknown())).nullable().optional(),
  step_count: z.number().int().nullable().optional(),
  run_type: RunTypeSchema,
  run_request: RunRequestEchoSchema.nullable().optional(),
});

/** A webhook's body: the run as `get_run` answers it, plus the delivery fields of the webhooks page. */
export const WebhookPayloadSchema = TaskRunResponseSchema.extend({
  status: z.enum(['completed', 'failed', 'terminated', 'timed_out', 'canceled']),
  task_id: z.string(),
  webhook_callback_url: z.string(),
  webhook_failure_reason: z.null(),
});

/** A FastAPI validation error item (`ValidationError`: `loc`, `msg`, `type` required). */
const ValidationIssueSchema = z.strictObject({
  type: z.string(),
  loc: z.array(z.union([z.string(), z.number()])),
  msg: z.string(),
  input: z.unknown().optional(),
  ctx: z.record(z.string(), z.unknown()).optional(),
});

/** Skyvern errors: `{"detail": "…"}`, a 422 `HTTPValidationError`, or a 500 `{"error": "…"}`. */
export const SkyvernErrorSchema = z.union([
  z.strictObject({ detail: z.union([z.string(), z.array(ValidationIssueSchema)]) }),
  z.strictObject({ error: z.string() }),
]);
