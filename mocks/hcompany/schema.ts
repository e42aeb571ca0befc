import { z } from 'zod';

// Written from H Company's public Agents API reference (hub.hcompany.ai: sessions create,
// retrieve, status, changes, errors, rate limits) and seed 000 (`error_code`, `outcome`). Facts
// only; where the reference is silent the shape is Faultline's choice, as the README's fidelity
// table says.

const Timestamp = z.iso.datetime({ offset: true });

/** Session states (reference: "Lifecycle"). */
const SessionStateSchema = z.enum([
  'pending',
  'running',
  'paused',
  'idle',
  'completed',
  'timed_out',
  'interrupted',
  'failed',
]);

/** One message of a session's request. */
const SessionMessageSchema = z.looseObject({
  type: z.literal('user_message'),
  message: z.string(),
  images: z.array(z.string()).optional(),
  caller_id: z.string().optional(),
});

/** Body of `POST /api/v2/sessions` (`agent` required; unknown fields are ignored, as a FastAPI model does). */
export const CreateSessionRequestSchema = z.looseObject({
  agent: z.union([z.string().min(1), z.looseObject({})]),
  messages: z.array(SessionMessageSchema).optional(),
  max_steps: z.number().int().positive().nullable().optional(),
  max_time_s: z.number().positive().nullable().optional(),
  idle_timeout_s: z.number().positive().nullable().optional(),
  group_id: z.string().nullable().optional(),
  parent_session_id: z.string().nullable().optional(),
  answer_format: z.record(z.string(), z.unknown()).nullable().optional(),
});

/** The `SessionStatus` object (`GET /api/v2/sessions/{id}/status`, and `status` inside a session), with seed 000's `error_code` and `outcome`. */
export const SessionStatusSchema = z.strictObject({
  status: SessionStateSchema,
  error: z.string().nullable(),
  error_code: z.string().nullable(),
  outcome: z.string().nullable(),
  steps: z.number().int().nonnegative(),
  usage_per_model: z.array(
    z.looseObject({
      name: z.string(),
      input_tokens: z.number(),
      output_tokens: z.number(),
      reasoning_tokens: z.number(),
    }),
  ),
  subagent_session_ids: z.array(z.string()),
});

/** The Session object (`POST /api/v2/sessions` → 201, `GET /api/v2/sessions/{id}`). */
export const SessionSchema = z.strictObject({
  id: z.uuid(),
  request: z.looseObject({ agent: z.unknown() }),
  status: SessionStatusSchema,
  latest_answer: z.unknown(),
  created_at: Timestamp,
  started_at: Timestamp.nullable(),
  finished_at: Timestamp.nullable(),
});

/** One event of a session's trajectory. */
const SessionEventSchema = z.strictObject({
  type: z.string(),
  data: z.record(z.string(), z.unknown()),
  timestamp: Timestamp,
});

/** `TrajectoryChanges`: a 200 of `GET /api/v2/sessions/{id}/changes` (a 204 has no body), with seed 000's `error_code` and `outcome`. */
export const ChangesSchema = z.strictObject({
  status: SessionStateSchema,
  started_at: Timestamp.nullable(),
  finished_at: Timestamp.nullable(),
  error: z.string().nullable(),
  error_code: z.string().nullable(),
  outcome: z.string().nullable(),
  answer: z.unknown(),
  metrics: z.looseObject({
    steps: z.number().int().nonnegative(),
    total_cost: z.number(),
    input_cost: z.number(),
    output_cost: z.number(),
    cost_per_model: z.array(z.unknown()),
  }),
  new_events: z.array(SessionEventSchema),
});

/** Query of `GET /api/v2/sessions/{id}/changes`. */
export const ChangesQuerySchema = z.object({
  from_index: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().positive().optional(),
  include_events: z.enum(['true', 'false']).default('true'),
  wait_for_seconds: z.coerce.number().int().nonnegative().default(0),
});

/** `GET /api/v2/sessions/quota` (reference: "Rate limits"). */
export const QuotaSchema = z.strictObject({
  scope: z.enum(['user', 'org']),
  limit: z.number().int(),
  active: z.number().int(),
  available: z.number().int(),
});

/** A FastAPI validation error item (422). */
const ValidationIssueSchema = z.strictObject({
  type: z.string(),
  loc: z.array(z.union([z.string(), z.number()])),
  msg: z.string(),
  input: z.unknown(),
  ctx: z.record(z.string(), z.unknown()).optional(),
});

/** H Company errors: `{"detail": "…"}`, a 422 list of field errors, or the gateway's 401 `{"message": "…"}` (reference: "Errors"). */
export const HErrorSchema = z.union([
  z.strictObject({ detail: z.union([z.string(), z.array(ValidationIssueSchema)]) }),
  z.strictObject({ message: z.string() }),
]);
