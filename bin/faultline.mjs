#!/usr/bin/env node
// The `faultline` command: runs the TypeScript CLI through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../harness/cli/main.ts');
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`faultline: ${error?.message ?? error}`);
  process.exitCode = 1;
}
