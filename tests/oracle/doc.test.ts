import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedSections } from './oracle-doc.ts';

const doc = readFileSync('docs/oracle.md', 'utf8');

describe('docs/oracle.md shows the oracle as the code holds it', () => {
  it.each(Object.entries(generatedSections()))('its %s section is generated from the data', (name, rendered) => {
    const section = new RegExp(`<!-- generated: ${name} -->\\n([\\s\\S]*?)\\n<!-- end: ${name} -->`).exec(doc)?.[1];
    // On a mismatch, paste the expected text between the markers.
    expect(section, `docs/oracle.md has no "${name}" section`).toBeDefined();
    expect(section).toBe(rendered);
  });
});
