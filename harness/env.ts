import { z } from 'zod';
import { InputError } from './input-error.ts';

/** Largest run seed: seeds are 32-bit. */
const MAX_SEED = 2 ** 32 - 1;

/**
 * A run seed from text: any whole number. One from 0 to 2³²−1 is taken as is; any other (a CI
 * run id past 2³², a negative number) is hashed into that range (FNV-1a of its digits), so the
 * same text always gives the same seed.
 *
 * @example
 * seedFromText('42');           // 42
 * seedFromText('19384719283746'); // a fixed number below 2³²
 */
export function seedFromText(text: string): number {
  const value = Number(text);
  if (Number.isSafeInteger(value) && value >= 0 && value <= MAX_SEED) return value;
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash >>> 0;
}

const positiveWholeNumber = (what: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `expected a positive whole number of ${what}`)
    .transform(Number)
    .refine((n) => n > 0, `expected a positive whole number of ${what}`);

const list = z.string().transform((text) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean),
);

/** Handlers: module paths separated by commas, or JSON (one command client, or an array of paths and command clients). */
const handlerList = z.string().transform((text, ctx): unknown[] => {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed))
    return trimmed
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  try {
    const value: unknown = JSON.parse(trimmed);
    return Array.isArray(value) ? value : [value];
  } catch (error) {
    ctx.addIssue({
      code: 'custom',
      message: `not valid JSON (${(error as Error).message}); expected module paths separated by commas, or a command client {"name", "command", "providers"} or an array of paths and command clients`,
    });
    return z.NEVER;
  }
});

/**
 * Every `FAULTLINE_*` environment variable Faultline reads, with what it means: the one place they
 * are read and checked (the README's list is checked against it). Empty values count as unset.
 */
export const FaultlineEnvSchema = z.object({
  FAULTLINE_HANDLER: handlerList
    .optional()
    .describe(
      'Handler modules to judge, comma-separated (policy or client handlers), or JSON: a command client `{"name","command":[…],"providers":[…]}` or an array of paths and command clients; by default the reference handler and the reference client',
    ),
  FAULTLINE_SEED: z
    .string()
    .trim()
    .regex(/^-?\d+$/, 'expected a whole number')
    .transform(seedFromText)
    .optional()
    .describe(
      'The run seed every random choice comes from; any whole number (outside 0…2³²−1 it is hashed into that range); drawn and printed when unset',
    ),
  FAULTLINE_STRICT: z
    .enum(['0', '1'], { error: 'expected 1 (strict) or 0' })
    .transform((v) => v === '1')
    .optional()
    .describe('1: a non-strict verdict (only "should" rules broken) fails the test'),
  FAULTLINE_DECISION_TIMEOUT_MS: positiveWholeNumber('ms')
    .optional()
    .describe('Real-time limit for one decide() call (default 2000)'),
  FAULTLINE_CHROMIUM: z.string().optional().describe('The Chromium executable to drive, before any other'),
  FAULTLINE_WS_ENDPOINT: z
    .string()
    .regex(/^wss?:\/\//, 'expected a ws:// or wss:// URL of `npx playwright run-server`')
    .optional()
    .describe('A remote Playwright browser server (`npx playwright run-server`) for the browser scenarios'),
  FAULTLINE_REPORT_DIR: z
    .string()
    .optional()
    .describe('Where the conformance reports go (default conformance-report/)'),
  FAULTLINE_PREVIOUS_REPORT: z
    .string()
    .optional()
    .describe(
      'A previous conformance.json: conformance.html and .md show which scenarios got worse or better since (`faultline diff` compares two files)',
    ),
  FAULTLINE_SECRETS: list.optional().describe('Literal secrets to redact from every trace and report, comma-separated'),
  FAULTLINE_CHAOS: z
    .enum(['0', '1'], { error: 'expected 1 (on) or 0' })
    .transform((v) => v === '1')
    .optional()
    .describe('1: add the seeded chaos tests (random fault schedules per provider)'),
  FAULTLINE_CHAOS_RUNS: positiveWholeNumber('schedules')
    .optional()
    .describe('Chaos schedules per provider (default 100)'),
  FAULTLINE_FAKETIME_LIB: z
    .string()
    .optional()
    .describe(
      'libfaketime for `faultline judge` (its multi-threaded libfaketimeMT.so.1), when it is not where Debian or Ubuntu install it',
    ),
});

/** The `FAULTLINE_*` settings, read and checked; unset ones are undefined. */
export type FaultlineEnv = z.output<typeof FaultlineEnvSchema>;

/** A `FAULTLINE_*` variable has a value Faultline cannot use. */
export class FaultlineEnvError extends InputError {
  override name = 'FaultlineEnvError';
}

/**
 * Reads and checks every `FAULTLINE_*` variable. Throws one {@link FaultlineEnvError} naming each
 * bad variable, its value and what was expected.
 *
 * @example
 * faultlineEnv({ FAULTLINE_SEED: '42' }).FAULTLINE_SEED; // 42
 * faultlineEnv({ FAULTLINE_DECISION_TIMEOUT_MS: 'soon' }); // throws: FAULTLINE_DECISION_TIMEOUT_MS="soon": expected a positive whole number of ms
 */
export function faultlineEnv(env: Record<string, string | undefined> = process.env): FaultlineEnv {
  const given = Object.fromEntries(
    Object.keys(FaultlineEnvSchema.shape).flatMap((name) => (env[name]?.trim() ? [[name, env[name]]] : [])),
  );
  const parsed = FaultlineEnvSchema.safeParse(given);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    return `${name}=${JSON.stringify(given[name])}: ${issue.message}`;
  });
  throw new FaultlineEnvError(lines.join('\n'));
}

/**
 * The variables as a Markdown list, as the README shows it.
 *
 * @example
 * envMarkdown().split('\n')[0]; // '- `FAULTLINE_HANDLER`: Handler modules to judge, …'
 */
export function envMarkdown(): string {
  return Object.entries(FaultlineEnvSchema.shape)
    .map(([name, schema]) => `- \`${name}\`: ${schema.description}`)
    .join('\n');
}
