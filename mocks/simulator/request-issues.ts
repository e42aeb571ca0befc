import type { z } from 'zod';

/**
 * One thing wrong with a request, in the words a FastAPI (pydantic) server uses: where it is
 * (`loc`, from the request part down), what kind of error (`type`), the message and the input
 * found there. Every platform words its own refusal from these.
 */
export interface RequestIssue {
  loc: Array<string | number>;
  type: string;
  msg: string;
  input: unknown;
  ctx?: Record<string, unknown>;
}

/** zod's expected type → pydantic's error type and message. */
const EXPECTED: Record<string, [type: string, msg: string]> = {
  string: ['string_type', 'Input should be a valid string'],
  number: ['float_type', 'Input should be a valid number'],
  int: ['int_type', 'Input should be a valid integer'],
  boolean: ['bool_type', 'Input should be a valid boolean'],
  object: ['dict_type', 'Input should be a valid dictionary'],
  record: ['dict_type', 'Input should be a valid dictionary'],
  array: ['list_type', 'Input should be a valid list'],
};

/**
 * The issues of a failed zod parse of a request part (`'body'`, `'query'`), as a FastAPI server
 * reports them: a missing field is `missing` / "Field required", a wrong type `<type>_type`, a
 * value outside an enum `enum`, a bound `greater_than_equal` / `less_than_equal`.
 *
 * @example
 * requestIssues('body', schema.safeParse(body).error!, body);
 * // [{ loc: ['body', 'prompt'], type: 'missing', msg: 'Field required', input: {} }]
 */
export function requestIssues(part: 'body' | 'query', error: z.ZodError, value: unknown): RequestIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
    const input = path.reduce<unknown>(
      (at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined),
      value,
    );
    const parent = path
      .slice(0, -1)
      .reduce<unknown>(
        (at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined),
        value,
      );
    const loc = [part, ...path];
    if (input === undefined) return { loc, type: 'missing', msg: 'Field required', input: parent ?? value };
    // A union reports as its first branch does (pydantic lists each; the first says enough).
    const first = issue.code === 'invalid_union' ? (issue.errors[0]?.[0] ?? issue) : issue;
    if (first.code === 'invalid_type') {
      const [type, msg] = EXPECTED[first.expected] ?? ['value_error', first.message];
      return { loc, type, msg, input };
    }
    if (issue.code === 'invalid_value')
      return { loc, type: 'enum', msg: `Input should be ${quoteList(issue.values)}`, input };
    if (issue.code === 'too_small')
      return {
        loc,
        type: 'greater_than_equal',
        msg: `Input should be greater than or equal to ${String(issue.minimum)}`,
        input,
      };
    if (issue.code === 'too_big')
      return {
        loc,
        type: 'less_than_equal',
        msg: `Input should be less than or equal to ${String(issue.maximum)}`,
        input,
      };
    return { loc, type: 'value_error', msg: `Value error, ${issue.message}`, input };
  });
}

/**
 * The issue a body that is not JSON at all gets (FastAPI's `json_invalid`, at the character where
 * parsing failed).
 *
 * @example
 * notJson(new SyntaxError('Unexpected end of JSON input'), '{"a": '); // { loc: ['body', 6], type: 'json_invalid', … }
 */
export function notJson(error: Error, text: string): RequestIssue {
  const position = Number(/position (\d+)/.exec(error.message)?.[1] ?? text.length);
  return {
    loc: ['body', position],
    type: 'json_invalid',
    msg: 'JSON decode error',
    input: {},
    ctx: { error: error.message },
  };
}

/**
 * The issue a JSON body that is not an object gets (pydantic's `model_attributes_type`).
 *
 * @example
 * notAnObject([1, 2]); // { loc: ['body'], type: 'model_attributes_type', … }
 */
export function notAnObject(input: unknown): RequestIssue {
  return {
    loc: ['body'],
    type: 'model_attributes_type',
    msg: 'Input should be a valid dictionary or object to extract fields from',
    input,
  };
}

/**
 * The issues in plain words, one per issue: `body.prompt: Field required`.
 *
 * @example
 * describeIssues([{ loc: ['body', 'prompt'], type: 'missing', msg: 'Field required', input: {} }]); // 'body.prompt: Field required'
 */
export function describeIssues(issues: readonly RequestIssue[]): string {
  return issues
    .map((issue) =>
      issue.type === 'json_invalid'
        ? `the body is not JSON (${String(issue.ctx?.error)})`
        : `${issue.loc.join('.')}: ${issue.msg}`,
    )
    .join('; ');
}

function quoteList(values: readonly unknown[]): string {
  const quoted = values.map((v) => `'${String(v)}'`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : quoted.join('');
}
