import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_DIR, SEEDS, SOURCE_ROWS, type SourceRow } from '../../harness/catalogue/source-rows.ts';

/** Whitespace runs count as one space: tables pad their cells, and a quote may span a line break. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The seeds live in the repository (docs/seeds/), so this runs on CI's clean clone too; a missing file fails, never skips. */
const seedText = Object.fromEntries(
  Object.values(SEEDS).map((file) => [file, squash(readFileSync(join(SEED_DIR, file), 'utf8'))]),
);
const cited = (origin: SourceRow['from']) =>
  SOURCE_ROWS.filter((row) => row.from === origin).map((row) => [row.id, row] as const);

describe('the seed documents', () => {
  it('are all in docs/seeds/, and nothing else is', () => {
    expect(
      readdirSync(SEED_DIR)
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    ).toEqual(Object.values(SEEDS).sort());
  });
});

describe('every row that cites a seed quotes it verbatim', () => {
  it.each(SOURCE_ROWS.filter((row) => row.seed !== null).map((row) => [row.id, row] as const))('%s', (_id, row) => {
    expect(row.quote, 'a row that cites a seed carries a quote').toEqual(expect.any(String));
    const quote = squash(row.quote!);
    expect(quote.length).toBeGreaterThanOrEqual(10);
    expect(quote.length).toBeLessThanOrEqual(200);
    expect(seedText[row.seed!], `${row.seed} does not contain the quote`).toContain(quote);
  });
});

describe('a table or text row quotes the code it stands for', () => {
  const words = (text: string) => text.toLowerCase().replace(/[_\s]+/g, ' ');
  it.each([...cited('table'), ...cited('text')])('%s', (id, row) => {
    expect(row.seed).not.toBeNull();
    expect(words(row.quote!)).toContain(words(id.split(':').at(-1)!));
  });
});

describe('a design row says so', () => {
  it.each(cited('design'))('%s: a quote only with the seed that points to it', (_id, row) => {
    expect(row.quote === null).toBe(row.seed === null);
  });
});

describe('the check has teeth', () => {
  it.each<[string, string, string]>([
    // issue 11 item 5: words seed 003 does not contain
    ['reused and in-flight keys', SEEDS.problem, 'Idempotency-Key reused with a different body: a caller bug'],
    ['a paraphrase of a table row', SEEDS.hcompany, 'The environment failed to provision or crashed'],
    [
      'a quote from another seed',
      SEEDS.problem,
      'Do not retry blindly when next is change_request, authenticate, or abort.',
    ],
  ])('%s is not in the seed', (_name, seed, quote) => {
    expect(seedText[seed]).not.toContain(squash(quote));
  });
});
