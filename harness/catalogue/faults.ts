import { z } from 'zod';
import { faultModes, FAULT_IDS, faultById, type Mode } from '../../mocks/faults/index.ts';
import { ALL_PROVIDERS, HTTP_PROVIDERS } from '../../mocks/faults/providers.ts';
import { PLATFORM_FAULT_IDS, platformFaultById } from '../../mocks/faults/platform/index.ts';

/** One fault as `faultline faults` lists it. */
export interface FaultEntry {
  id: string;
  summary: string;
  providers: string[];
  /** The modes its scenarios can run in; `fleet` for a platform-wide fault (a fleet's `platform`). */
  modes: Array<Mode | 'fleet'>;
  /** Its parameters in short (`status: integer, retryAfter?: string`); `—` for none. */
  params: string;
  /** Its parameters as JSON Schema, for tools. */
  schema: unknown;
}

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
  default?: unknown;
};

/** A JSON Schema in a few words: `integer`, `"a" | "b"`, `string | null`, `{ page, query? }`. */
function typeText(schema: JsonSchema): string {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.map(typeText).join(' | ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  if (schema.type === 'object' && schema.properties) return `{ ${propertiesText(schema)} }`;
  if (Array.isArray(schema.type)) return schema.type.join(' | ');
  return schema.type ?? 'any';
}

function propertiesText(schema: JsonSchema): string {
  const required = new Set(schema.required ?? []);
  const names = Object.entries(schema.properties ?? {}).map(
    ([name, property]) => `${name}${required.has(name) ? '' : '?'}: ${typeText(property)}`,
  );
  if (schema.additionalProperties) names.push('…');
  return names.join(', ');
}

/** A fault's parameters in short: the object's fields, or each alternative's. */
function paramsText(schema: JsonSchema): string {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.map((alternative) => `{ ${propertiesText(alternative)} }`).join(' or ');
  return propertiesText(schema) || '—';
}

/**
 * Every fault of the registry with its summary, providers, modes and parameters: what
 * `faultline faults` prints, and what the README's fault table is checked against.
 *
 * @example
 * faultEntries().find((f) => f.id === 'network.reset')?.modes; // ['policy', 'client']
 * faultEntries().find((f) => f.id === 'platform.outage')?.modes; // ['fleet']
 */
export function faultEntries(): FaultEntry[] {
  const entry = (
    fault: { id: string; summary: string; providers: readonly string[]; params: z.ZodType },
    modes: FaultEntry['modes'],
  ): FaultEntry => {
    const schema = z.toJSONSchema(fault.params, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    return {
      id: fault.id,
      summary: fault.summary,
      providers: [...fault.providers],
      modes,
      params: paramsText(schema),
      schema,
    };
  };
  return [
    ...FAULT_IDS.map((id) => entry(faultById(id)!, faultModes(faultById(id)!))),
    ...PLATFORM_FAULT_IDS.map((id) => entry(platformFaultById(id)!, ['fleet'])),
  ];
}

/**
 * The fault table in Markdown, as the README shows it.
 *
 * @example
 * faultsMarkdown(faultEntries()).split('\n')[0]; // '| fault | providers | modes | parameters | what it does |'
 */
export function faultsMarkdown(entries: readonly FaultEntry[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const providers = (list: readonly string[]) =>
    list.length === ALL_PROVIDERS.length
      ? 'all but cli'
      : list.length === HTTP_PROVIDERS.length && !list.includes('playwright')
        ? 'all HTTP'
        : list.join(', ');
  return [
    '| fault | providers | modes | parameters | what it does |',
    '| --- | --- | --- | --- | --- |',
    ...entries.map(
      (f) =>
        `| \`${f.id}\` | ${providers(f.providers)} | ${f.modes.join(', ')} | ${cell(f.params)} | ${cell(f.summary)} |`,
    ),
  ].join('\n');
}

/**
 * The fault list as text, one block per fault.
 *
 * @example
 * console.log(formatFaults(faultEntries()));
 */
export function formatFaults(entries: readonly FaultEntry[]): string {
  return entries
    .map((f) =>
      [
        `${f.id}  (${f.providers.join(', ')}; modes: ${f.modes.join(', ')})`,
        `  ${f.summary}`,
        `  with: ${f.params}`,
      ].join('\n'),
    )
    .join('\n\n');
}
