import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

/**
 * Which of the repository's own folders the files under `files` may import from (anything else
 * of the repository is off limits; npm packages and Node built-ins are not checked here).
 */
interface Boundary {
  files: string;
  why: string;
  mayImport: readonly string[];
}

const BOUNDARIES: readonly Boundary[] = [
  {
    files: 'mocks/',
    why: 'the simulated platforms stand on the contract and the leaf helpers only, so a bug in classify or the runner cannot change what they send',
    mayImport: ['mocks/', 'harness/contract/', 'harness/shared/'],
  },
  {
    files: 'harness/shared/',
    why: 'the leaf: helpers both the harness and the simulators use, importing nothing of either',
    mayImport: ['harness/shared/'],
  },
];

/** Every `.ts` file under a folder of the repository, relative to the root. */
function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** The module specifiers in a source text: static and dynamic imports, type imports, re-exports. */
function specifiersIn(text: string): string[] {
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

/** The repository files a module imports, relative to the root. */
function ownImports(file: string): string[] {
  const specifiers = specifiersIn(readFileSync(join(ROOT, file), 'utf8'));
  return specifiers.filter((s) => s.startsWith('.')).map((s) => relative(ROOT, resolve(ROOT, dirname(file), s)));
}

/** Each import of `files` that leaves the folders the boundary allows, in plain words. */
function crossings(files: readonly string[], boundary: Boundary): string[] {
  return files.flatMap((file) =>
    ownImports(file).filter((target) => !boundary.mayImport.some((allowed) => target.startsWith(allowed))).map((target) => `${file} imports ${target}`),
  );
}

describe('module boundaries', () => {
  for (const boundary of BOUNDARIES) {
    it(`${boundary.files}** imports only ${boundary.mayImport.join(', ')}: ${boundary.why}`, () => {
      const files = sources(boundary.files);
      expect(files.length).toBeGreaterThan(0);
      expect(crossings(files, boundary)).toEqual([]);
    });
  }

  it('reads every import form: static, type-only, re-export, dynamic', () => {
    const probe = "import a from './x.ts';\nimport type { B } from '../y.ts';\nexport * from './z.ts';\nconst c = await import('./w.ts');";
    expect(specifiersIn(probe)).toEqual(['./x.ts', '../y.ts', './z.ts', './w.ts']);
  });

  it('reports a crossing, naming the file and its import', () => {
    expect(crossings(['harness/runner/run-scenario.ts'], BOUNDARIES[0]!)).toContain('harness/runner/run-scenario.ts imports harness/classify/index.ts');
  });
});
