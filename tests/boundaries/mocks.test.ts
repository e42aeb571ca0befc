import { describe, expect, it } from 'vitest';
import { filesBelow, reach } from './imports.ts';

/** Which of the repository's folders the files below `files` may import from (packages and Node built-ins are not limited here). */
interface Boundary {
  files: string;
  why: string;
  mayImport: readonly string[];
}

const BOUNDARIES: readonly Boundary[] = [
  {
    files: 'mocks',
    why: 'the simulated platforms stand on the contract and the leaf only, so a bug in classify or the runner cannot change what they send',
    mayImport: ['mocks/', 'harness/contract/', 'harness/shared/'],
  },
  {
    files: 'harness/shared',
    why: 'the leaf: helpers the harness and the simulators share, importing nothing of either but the environment schema and the input error (themselves leaves)',
    mayImport: ['harness/shared/', 'harness/env.ts', 'harness/input-error.ts'],
  },
];

/** Each import of a file below the boundary's folder that leaves the folders it allows. */
function crossings(files: readonly string[], boundary: Boundary): string[] {
  return files.flatMap((file) =>
    (reach(file, () => false).edges.get(file) ?? [])
      .filter((target) => target.includes('/') && !target.startsWith('node:') && /\.ts$/.test(target))
      .filter((target) => !boundary.mayImport.some((allowed) => target.startsWith(allowed)))
      .map((target) => `${file} imports ${target}`),
  );
}

describe('the simulators and the leaf', () => {
  for (const boundary of BOUNDARIES) {
    it(`${boundary.files}/** imports only ${boundary.mayImport.join(', ')}: ${boundary.why}`, () => {
      const files = filesBelow(boundary.files);
      expect(files.length).toBeGreaterThan(0);
      expect(crossings(files, boundary)).toEqual([]);
    });
  }

  it('reports a crossing, naming the file and its import', () => {
    expect(crossings(['harness/runner/verdict.ts'], BOUNDARIES[0]!)).toContain(
      'harness/runner/verdict.ts imports harness/oracle/index.ts',
    );
  });
});
