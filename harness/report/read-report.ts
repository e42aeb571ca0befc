import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { InputError } from '../input-error.ts';
import { formatIssues } from '../shared/zod-issues.ts';
import { ReportEntrySchema, type ReportEntry } from './entry.ts';

/** Schema of what `conformance.json` holds that a comparison reads: the seed and the entries. */
const ConformanceReportSchema = z.object({
  seed: z.number().nullable(),
  entries: z.array(ReportEntrySchema),
});

/** A `conformance.json`, read back. */
export interface ConformanceReport {
  seed: number | null;
  entries: ReportEntry[];
}

/**
 * Reads and checks a `conformance.json`. Throws an {@link InputError} naming the file and, for a
 * malformed one, each bad field and what was expected.
 *
 * @example
 * readConformanceReport('previous/conformance.json').entries.length; // 408
 */
export function readConformanceReport(path: string): ConformanceReport {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(
      `${path}: cannot read the conformance report (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: not a conformance report: not JSON (${(error as Error).message})`);
  }
  const parsed = ConformanceReportSchema.safeParse(json);
  if (!parsed.success) {
    const issues = formatIssues(parsed.error.issues);
    const shown = issues.slice(0, 5).concat(issues.length > 5 ? [`… and ${issues.length - 5} more`] : []);
    throw new InputError(`${path}: not a conformance report:\n  ${shown.join('\n  ')}`);
  }
  return parsed.data;
}
