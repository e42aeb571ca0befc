import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Runtime imports of a module (type-only imports and exports are left out: they vanish at run time). */
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/**
 * The modules a file reaches at run time, following relative imports through the repository (into
 * the files `follow` accepts): the repository files (relative paths) and the packages (bare
 * specifiers).
 *
 * @example
 * reach('harness/core.ts').packages; // Set { 'zod', 'ajv', … }
 */
export function reach(
  entry: string,
  follow: (file: string) => boolean = () => true,
): { files: Set<string>; packages: Set<string>; edges: Map<string, string[]> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const edges = new Map<string, string[]>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const targets: string[] = [];
    for (const match of withoutComments(readFileSync(file, 'utf8')).matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2]!;
      if (specifier.startsWith('.')) {
        const target = relative(process.cwd(), resolve(dirname(file), specifier));
        if (!existsSync(target)) throw new Error(`${file} imports ${specifier}, which does not exist`);
        targets.push(target);
        if (follow(target)) visit(target);
      } else {
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
        packages.add(specifier.startsWith('node:') ? specifier : name);
        targets.push(specifier);
      }
    }
    edges.set(file, targets);
  };
  visit(entry);
  return { files, packages, edges };
}

/**
 * Every `.ts` file below a folder of the repository.
 *
 * @example
 * filesBelow('mocks/hcompany'); // ['mocks/hcompany/payloads.ts', …]
 */
export function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesBelow(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * One import path from `entry` to `target` (a file or a package), for a message that says how a
 * forbidden module was reached.
 *
 * @example
 * pathTo(reach('harness/core.ts'), 'harness/core.ts', 'msw'); // ['harness/core.ts', 'harness/x.ts', 'msw']
 */
export function pathTo(graph: ReturnType<typeof reach>, entry: string, target: string): string[] {
  const seen = new Set<string>([entry]);
  const queue: string[][] = [[entry]];
  while (queue.length) {
    const path = queue.shift()!;
    for (const next of graph.edges.get(path[path.length - 1]!) ?? []) {
      const name = next.startsWith('@') ? next.split('/').slice(0, 2).join('/') : next.split('/')[0]!;
      if (next === target || name === target) return [...path, next];
      if (!seen.has(next) && graph.edges.has(next)) {
        seen.add(next);
        queue.push([...path, next]);
      }
    }
  }
  return [];
}

/** Source text without block comments and comment lines (JSDoc examples import things too). */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}
