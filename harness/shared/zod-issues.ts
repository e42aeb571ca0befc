import type { z } from 'zod';

/**
 * Formats zod issues as `field: what was expected` lines (`schedule[0].with.status: …`).
 *
 * @example
 * formatIssues(result.error.issues); // ['expect.end: Invalid input: expected array, received undefined']
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => `${formatPath(issue.path) || '(spec)'}: ${issue.message}`);
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}
