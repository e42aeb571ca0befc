import { z } from 'zod';
import type { Provider } from '../contract/index.ts';
import { ExpectationSchema } from '../oracle/schema.ts';
import { faultById, FAULT_IDS, type AnyFault } from '../../mocks/faults/index.ts';
import { platformFaultById, PLATFORM_FAULT_IDS, type AnyPlatformFault } from '../../mocks/faults/platform/index.ts';
import { SourceIdSchema } from './sources.ts';
import { TaskOverridesSchema } from './task.ts';

/** Schema of one step of a fault schedule: which fault, with what, how many attempts in a row. */
export const StepSchema = z
  .strictObject({
    fault: z
      .string()
      .describe('Fault id, e.g. "hcompany.session"; `faultline faults` lists every fault with its parameters'),
    with: z.unknown().default({}).describe("The fault's parameters, checked by the fault's own schema"),
    times: z
      .union([z.number().int().positive(), z.literal('always')])
      .default(1)
      .describe('How many consecutive attempts this step answers; "always" never runs out'),
  })
  .superRefine((step, ctx) => {
    // Checked per step, so a bad step is reported even when other fields of the spec are wrong too.
    const fault = faultById(step.fault);
    if (!fault) {
      ctx.addIssue({
        code: 'custom',
        path: ['fault'],
        message: `unknown fault "${step.fault}"; expected one of: ${FAULT_IDS.join(', ')}`,
      });
      return;
    }
    const params = fault.params.safeParse(step.with);
    for (const issue of params.success ? [] : params.error.issues) {
      ctx.addIssue({ code: 'custom', path: ['with', ...issue.path], message: issue.message });
    }
  })
  .describe('One step of the fault schedule');

/** Schema of one platform-wide fault of a fleet: which fault, with what. */
export const PlatformStepSchema = z
  .strictObject({
    fault: z
      .string()
      .describe('Platform-wide fault id, e.g. "platform.outage"; `faultline faults` lists them (mode fleet)'),
    with: z.unknown().default({}).describe("The fault's parameters, checked by the fault's own schema"),
  })
  .superRefine((step, ctx) => {
    const fault = platformFaultById(step.fault);
    if (!fault) {
      ctx.addIssue({
        code: 'custom',
        path: ['fault'],
        message: `unknown platform-wide fault "${step.fault}"; expected one of: ${PLATFORM_FAULT_IDS.join(', ')}`,
      });
      return;
    }
    const params = fault.params.safeParse(step.with);
    for (const issue of params.success ? [] : params.error.issues) {
      ctx.addIssue({ code: 'custom', path: ['with', ...issue.path], message: issue.message });
    }
  })
  .describe('A platform-wide fault: it holds for every task of the fleet, on the virtual clock');

/** The most tasks a fleet may declare: enough for a production burst, few enough to judge in seconds. */
export const MAX_FLEET_TASKS = 500;

/** Schema of a fleet: N tasks one client runs at once against one simulator, and the platform-wide faults they meet. */
export const FleetSchema = z
  .strictObject({
    tasks: z
      .number()
      .int()
      .min(2)
      .max(MAX_FLEET_TASKS)
      .describe('How many tasks the client runs (it decides how many at once)'),
    platform: z
      .array(PlatformStepSchema)
      .default([])
      .describe('Platform-wide faults every task meets (outage, rate limit, concurrency limit, latency)'),
  })
  .describe('A fleet: many tasks at once against one platform (client mode only)');

/**
 * Schema of what a scenario file gives `scenario(id, spec)`. The provider is the id's first word.
 * Once the schedule is spent, every further attempt gets the provider's clean success.
 */
export const ScenarioSpecSchema = z
  .strictObject({
    title: z.string().min(1).describe('What happens and what is right, in one line'),
    sources: z
      .array(SourceIdSchema)
      .default([])
      .describe('Seed rows this scenario covers, "<provider>:<table>:<code>" (`faultline coverage` lists them)'),
    task: TaskOverridesSchema.default({}).describe(
      "Changes to the default task (find a laptop's price, answer {product, price})",
    ),
    schedule: z
      .array(StepSchema)
      .default([])
      .describe(
        'The faults, in order: each step answers `times` attempts in a row (in a fleet, the attempts of every task, in the order they arrive)',
      ),
    fleet: FleetSchema.optional().describe(
      'Run N tasks at once against one platform, with platform-wide faults (client mode only)',
    ),
    expect: ExpectationSchema.describe(
      'What is right: how the scenario (each task of a fleet) may end, and the kinds its failures classify as',
    ),
  })
  .superRefine((spec, ctx) => {
    if (spec.schedule.length === 0 && !spec.fleet?.platform.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['schedule'],
        message:
          'arm at least one fault (a schedule step, or a platform-wide fault of a fleet): a scenario without one tests nothing',
      });
    }
  })
  .describe('A Faultline scenario: what breaks (the schedule) and what is right (expect)');

/** One step of a schedule for a given fault, its `with` typed by the fault's parameter schema. */
type StepOf<F extends AnyFault> = { fault: F['id']; times?: number | 'always' } & ({} extends z.input<F['params']>
  ? { with?: z.input<F['params']> }
  : { with: z.input<F['params']> });

/**
 * One step of a schedule as a scenario file writes it, for a scenario of provider `P`: only faults
 * for that provider, with their own parameters, so `tsc` catches a misspelt fault id or parameter.
 */
export type StepInput<P extends Provider = Provider> = AnyFault extends infer F
  ? F extends AnyFault
    ? P extends F['providers'][number]
      ? StepOf<F>
      : never
    : never
  : never;

/** A platform-wide fault of a fleet as a scenario file writes it, for a scenario of provider `P`. */
export type PlatformStepInput<P extends Provider = Provider> = AnyPlatformFault extends infer F
  ? F extends AnyPlatformFault
    ? P extends F['providers'][number]
      ? { fault: F['id'] } & ({} extends z.input<F['params']>
          ? { with?: z.input<F['params']> }
          : { with: z.input<F['params']> })
      : never
    : never
  : never;

/** What a scenario file gives `scenario(id, spec)` for a scenario of provider `P`, before defaults are filled in. */
export type ScenarioInput<P extends Provider = Provider> = Omit<
  z.input<typeof ScenarioSpecSchema>,
  'schedule' | 'fleet'
> &
  (
    | { schedule: StepInput<P>[]; fleet?: { tasks: number; platform?: PlatformStepInput<P>[] } }
    | { schedule?: StepInput<P>[]; fleet: { tasks: number; platform: PlatformStepInput<P>[] } }
  );
/** A step as programs build it (chaos, `faultline new`): checked when the scenario is defined, not by `tsc`. */
export type RawStep = z.input<typeof StepSchema>;
/** A spec as programs build it: checked when the scenario is defined, not by `tsc`. */
export type RawScenarioInput = z.input<typeof ScenarioSpecSchema>;
/** A validated scenario spec, defaults filled in. */
export type ScenarioSpec = z.output<typeof ScenarioSpecSchema>;

/** A scenario id: `<provider>/<name>`, e.g. `'skyvern/terminated-login-failed'`. */
export type ScenarioId = `${Provider}/${string}`;
/** The provider a scenario id names. */
export type ProviderOf<Id extends string> = Id extends `${infer P}/${string}`
  ? P extends Provider
    ? P
    : never
  : never;
