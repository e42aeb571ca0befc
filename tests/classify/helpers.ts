import { expect } from 'vitest';
import { classify, type ClassifyOptions, type Native } from '../../harness/classify/index.ts';
import { FailureSchema, type Failure, type Provider } from '../../harness/contract/index.ts';

/** A native HTTP answer with a JSON body (serialized, as it comes off the wire). */
export function json(
  provider: Provider,
  status: number | null,
  body: unknown,
  headers: Record<string, string> = {},
): Native {
  return {
    provider,
    response: { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) },
  };
}

/** A native HTTP answer with a raw body. */
export function raw(
  provider: Provider,
  status: number | null,
  body: unknown,
  headers: Record<string, string> = {},
): Native {
  return { provider, response: { status, headers, body } };
}

/** Classifies and asserts a schema-valid failure; returns it. */
export function failureOf(native: Native, options: ClassifyOptions = {}): Failure {
  const result = classify(native, options);
  if (result.state !== 'failure') throw new Error(`expected a failure, got ${JSON.stringify(result)}`);
  expect(FailureSchema.safeParse(result.failure).success).toBe(true);
  return result.failure;
}

/** The answer schema of the default task. */
export const ANSWER_SCHEMA = {
  type: 'object',
  required: ['product', 'price'],
  properties: { product: { type: 'string' }, price: { type: 'number' } },
};
