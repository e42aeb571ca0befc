import { z } from 'zod';
import { ProviderSchema } from '../contract/index.ts';
import { ExpectationSchema } from '../oracle/schema.ts';
import { FAULTS } from '../../mocks/faults/index.ts';
import { SourceIdSchema } from './sources.ts';
import { TaskOverridesSchema } from './task.ts';

/** Schema of one step of a fault schedule: which fault, with what, how many attempts in a row. */
export const StepSchema = z.strictObject({
  /** Fault id, e.g. `'hcompany.session'` (see `npx faultline faults`). */
  fault: z.string(),
  /** The fault's parameters, validated by the fault's own schema. */
  with: z.unknown().default({}),
  /** How many consecutive attempts this step answers; `'always'` never runs out. */
  times: z.union([z.number().int().positive(), z.literal('always')]).default(1),
}).superRefine((step, ctx) => {
  // Checked per step, so a bad step is reported even when other fields of the spec are wrong too.
  const fault = FAULTS.get(step.fault);
  if (!fault) {
    ctx.addIssue({ code: 'custom', path: ['fault'], message: `unknown fault "${step.fault}"; expected one of: ${[...FAULTS.keys()].join(', ')}` });
    return;
  }
  const params = fault.params.safeParse(step.with);
  for (const issue of params.success ? [] : params.error.issues) {
    ctx.addIssue({ code: 'custom', path: ['with', ...issue.path], message: issue.message });
  }
});

/**
 * Schema of what a scenario file gives `scenario(id, spec)`. Once the schedule is spent, every
 * further attempt gets the provider's clean success.
 */
export const ScenarioSpecSchema = z
  .strictObject({
    title: z.string().min(1),
    provider: ProviderSchema,
    /** Seed rows this scenario covers, `<provider>:<table>:<code>`. */
    sources: z.array(SourceIdSchema).default([]),
    task: TaskOverridesSchema.default({}),
    schedule: z.array(StepSchema).min(1, 'arm at least one fault: a scenario without one tests nothing'),
    expect: ExpectationSchema,
  })
  .superRefine((spec, ctx) => {
    spec.schedule.forEach((step, index) => {
      const fault = FAULTS.get(step.fault);
      if (fault && !fault.providers.includes(spec.provider)) {
        ctx.addIssue({
          code: 'custom',
          path: ['schedule', index, 'fault'],
          message: `fault "${fault.id}" is for ${fault.providers.join(', ')}, not for provider "${spec.provider}"`,
        });
      }
    });
  });

/** What a scenario file gives `scenario(id, spec)`, before defaults are filled in. */
export type ScenarioInput = z.input<typeof ScenarioSpecSchema>;
/** A validated scenario spec, defaults filled in. */
export type ScenarioSpec = z.output<typeof ScenarioSpecSchema>;
/** One step of a schedule as a scenario file writes it. */
export type StepInput = z.input<typeof StepSchema>;
