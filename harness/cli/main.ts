import { listing } from '../catalogue/listing.ts';
import { loadCatalogue } from '../catalogue/load.ts';
import { lintCatalogue } from '../catalogue/lint.ts';
import { coverage, formatCoverage } from '../catalogue/coverage.ts';
import { SOURCE_ROWS } from '../catalogue/source-rows.ts';
import { z } from 'zod';
import { ScenarioSpecSchema } from '../scenario/spec.ts';
import { chromium } from '@playwright/test';
import { resolveBrowser } from '../runner/browser-path.ts';
import { serve } from './serve.ts';

const USAGE = `usage: faultline <command>

commands:
  list [--json]   the scenario catalogue: id, file, provider, mode, browser, client, kinds, sources
  lint [dir]      validates every scenario file (default: scenarios); prints each bad file with
                  the field and what was expected; exits 1 on any
  schema          the scenario spec as JSON Schema, for editor completion
  coverage        seed rows → scenarios, kinds → scenario counts; exits 1 on an uncovered row or a kind with < 2
  doctor          which Chromium the scenarios will drive; exits 1 when there is none
  serve --provider <hcompany|skyvern|webcompute|problem> [--scenario <id>] [--port 0] [--api-key <key>]
                  a provider simulator on a loopback port until Ctrl-C; prints its base URL
  new <provider>/<name> --fault <id> [--with '<json>'] | --from <payload.json>  [--title <t>] [--force]  a scenario file that passes the reference handler`;

/**
 * The `faultline` command line. Returns the exit code.
 *
 * @example
 * await main(['list', '--json']); // prints the catalogue as one JSON array, returns 0
 */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'list') {
    const unknown = rest.filter((arg) => arg !== '--json');
    if (unknown.length) return usageError(`unknown option for list: ${unknown.join(' ')}`);
    const entries = listing(await loadCatalogue());
    if (rest.includes('--json')) console.log(JSON.stringify(entries, null, 2));
    else for (const e of entries) console.log(`${e.id.padEnd(48)} ${e.browser ? 'browser' : e.mode.padEnd(7)} ${e.client ? 'client' : '      '}  ${e.kinds.join(', ')}`);
    return 0;
  }
  if (command === 'lint') {
    const report = await lintCatalogue(rest[0] ?? 'scenarios');
    for (const problem of report.problems) console.error(`${problem.message}\n`);
    console.log(`${report.files} scenario files, ${report.scenarios} scenarios, ${report.problems.length} bad`);
    return report.problems.length ? 1 : 0;
  }
  if (command === 'coverage') {
    const { table, problems } = formatCoverage(coverage(SOURCE_ROWS, listing(await loadCatalogue())));
    console.log(table.join('\n'));
    if (problems.length) console.error(problems.join('\n'));
    return problems.length ? 1 : 0;
  }
  if (command === 'schema') {
    console.log(JSON.stringify(z.toJSONSchema(ScenarioSpecSchema, { io: 'input', unrepresentable: 'any' }), null, 2));
    return 0;
  }
  if (command === 'doctor') {
    const browser = resolveBrowser(process.env, chromium.executablePath());
    console.log(`browser: ${browser.source} (${browser.executablePath ?? chromium.executablePath()})`);
    return 0;
  }
  if (command === 'serve') {
    try {
      return await serve(rest);
    } catch (error) {
      return usageError(`serve: ${(error as Error).message}`);
    }
  }
  if (command === 'new') {
    try {
      return await (await import('./new.ts')).newScenario(rest);
    } catch (error) {
      return usageError(`new: ${(error as Error).message}`);
    }
  }
  if (command === undefined || command === '--help' || command === 'help') {
    console.log(USAGE);
    return command === undefined ? 2 : 0;
  }
  return usageError(`unknown command: ${command}`);
}

function usageError(message: string): number {
  console.error(`faultline: ${message}\n\n${USAGE}`);
  return 2;
}
