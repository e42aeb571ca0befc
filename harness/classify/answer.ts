import { Ajv, type ValidateFunction } from 'ajv';

const ajv = new Ajv({ allErrors: true, strict: false });
const compiled = new WeakMap<object, ValidateFunction>();

/**
 * Checks an answer against the task's JSON Schema. Returns null when it matches, else the
 * problems in plain words (`/price must be number`).
 *
 * @example
 * answerProblems({ price: '12' }, { type: 'object', properties: { price: { type: 'number' } } });
 * // ['/price must be number']
 */
export function answerProblems(answer: unknown, schema: Record<string, unknown>): string[] | null {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(answer)) return null;
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

/**
 * True for an answer that carries nothing: null, undefined, an empty string, array or object.
 *
 * @example
 * isEmptyAnswer({}); // true
 */
export function isEmptyAnswer(answer: unknown): boolean {
  if (answer === null || answer === undefined) return true;
  if (typeof answer === 'string') return answer.trim() === '';
  if (Array.isArray(answer)) return answer.length === 0;
  return typeof answer === 'object' && Object.keys(answer).length === 0;
}
