#!/usr/bin/env node
// The `faultline` command. In the repository it runs the TypeScript sources; in the installed
// package, the built JavaScript. tsx's loader is registered either way, so a catalogue of
// `*.scenario.ts` files in the working directory loads.
import { existsSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const source = new URL('../harness/cli/main.ts', import.meta.url);
const { main } = await import(existsSync(source) ? source.href : new URL('../dist/harness/cli/main.js', import.meta.url).href);
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`faultline: ${error?.message ?? error}`);
  process.exitCode = 1;
}
