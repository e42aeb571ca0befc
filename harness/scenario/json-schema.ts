import { z } from 'zod';
import { FAULT_IDS, faultById } from '../../mocks/faults/index.ts';
import { PLATFORM_FAULT_IDS, platformFaultById } from '../../mocks/faults/platform/index.ts';
import { PlatformStepSchema, ScenarioSpecSchema, StepSchema } from './spec.ts';

const TIMES = {
  description: 'How many consecutive attempts this step answers; "always" never runs out',
  anyOf: [{ type: 'integer', exclusiveMinimum: 0 }, { const: 'always' }],
};

type Described = { id: string; summary: string; providers: readonly string[]; params: z.ZodType };

/** One step per fault, its `with` described by the fault's own parameter schema (`times` for schedule steps). */
function stepAlternatives(faults: readonly Described[], times: boolean): Record<string, unknown>[] {
  return faults.map((fault) => {
    const { id } = fault;
    const params = z.toJSONSchema(fault.params, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    delete params.$schema;
    const needsParams =
      (Array.isArray(params.required) && params.required.length > 0) || 'anyOf' in params || 'oneOf' in params;
    return {
      type: 'object',
      description: `${fault.summary} (providers: ${fault.providers.join(', ')})`,
      properties: {
        fault: { const: id, description: 'Fault id' },
        with: { ...params, description: `Parameters of ${id}` },
        ...(times && { times: TIMES }),
      },
      required: needsParams ? ['fault', 'with'] : ['fault'],
      additionalProperties: false,
    };
  });
}

/**
 * The scenario spec as JSON Schema (what `faultline schema` prints), for editor completion: every
 * field with its description, and each schedule step (and each platform-wide fault of a fleet)
 * typed by its fault's parameters.
 *
 * @example
 * scenarioJsonSchema().properties.schedule.items.oneOf.length; // one per fault
 */
export function scenarioJsonSchema(): Record<string, any> {
  return z.toJSONSchema(ScenarioSpecSchema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema === StepSchema) {
        for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
        Object.assign(ctx.jsonSchema, {
          description: 'One step of the fault schedule',
          oneOf: stepAlternatives(
            FAULT_IDS.map((id) => faultById(id)!),
            true,
          ),
        });
      }
      if (ctx.zodSchema === PlatformStepSchema) {
        for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
        Object.assign(ctx.jsonSchema, {
          description: 'A platform-wide fault of a fleet',
          oneOf: stepAlternatives(
            PLATFORM_FAULT_IDS.map((id) => platformFaultById(id)!),
            false,
          ),
        });
      }
    },
  }) as Record<string, any>;
}
