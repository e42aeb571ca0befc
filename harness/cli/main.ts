import { existsSync } from 'node:fs';
import { BUNDLED_SCENARIOS } from '../catalogue/files.ts';
import { InputError } from '../input-error.ts';

// Each command loads its own modules when it runs: the usage, diff or schema costs no Playwright,
// MSW or catalogue start.
const USAGE = `usage: faultline <command>

commands:
  list [dir…] [--json]  the scenarios (default: the bundled catalogue; or your own folders): id,
                  file, provider, modes, kinds, sources
  lint [dir…] [--no-run]
                  validates every scenario file (default: the bundled catalogue), then runs the
                  reference handler over them: prints each bad file with the field and what was
                  expected, and each scenario the reference does not pass or whose armed steps it
                  does not all reach (naming the step); exits 1 on any. --no-run only validates
  faults [--json | --markdown]  every fault: summary, providers, modes, parameters
  schema          the scenario spec as JSON Schema, for editor completion
  coverage [dir…] seed rows → scenarios, kinds → scenario counts (default: the bundled catalogue);
                  exits 1 on an uncovered row or a kind with < 2
  doctor          which Chromium the scenarios will drive, and whether it starts; exits 1 when
                  there is none or it does not start
  setup           installs a Chromium when there is none (Playwright's download, else Debian's
                  chromium-headless-shell with apt), then runs doctor; npm run setup runs npm ci first
  diff <old conformance.json> <new conformance.json>
                  scenarios that got worse or better per handler; exits 1 when one got worse
  serve --provider <hcompany|skyvern|webcompute|problem> [--scenario <id>] [--port 0] [--api-key <key>]
                  a provider simulator on a loopback port until Ctrl-C; prints its base URL
  new <provider>/<name> --fault <id> [--with '<json>'] | --from <payload.json>  [--title <t>] [--dir <folder>] [--force]
                  writes <folder>/<provider>/<name>.scenario.ts (default folder: scenarios), a
                  scenario that passes the reference handler
  judge [--provider <p>]… [--grep <re>] [--workers 1] [--name <n>] [--timeout <s>] [--clock real] -- <command> [args…]
                  judges a client in any language: runs the command once per client-mode scenario
                  against a simulator on a loopback port; verdict lines, JUnit, conformance reports;
                  exits 1 if any scenario failed`;

/**
 * The `faultline` command line. Returns the exit code.
 *
 * @example
 * await main(['list', '--json']); // prints the catalogue as one JSON array, returns 0
 */
export async function main(argv: string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(`faultline: ${error.message}`);
    return 1;
  }
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'list') {
    const { dirs, flags } = dirsAndFlags(rest);
    const unknown = flags.filter((arg) => arg !== '--json');
    if (unknown.length) return usageError(`unknown option for list: ${unknown.join(' ')}`);
    const [{ listing }, { loadCatalogue }] = await Promise.all([
      import('../catalogue/listing.ts'),
      import('../catalogue/load.ts'),
    ]);
    const entries = listing(await loadCatalogue(dirs));
    if (flags.includes('--json')) console.log(JSON.stringify(entries, null, 2));
    else
      for (const e of entries) console.log(`${e.id.padEnd(48)} ${e.modes.join(',').padEnd(14)}  ${e.kinds.join(', ')}`);
    return 0;
  }
  if (command === 'lint') {
    const { dirs, flags } = dirsAndFlags(rest);
    const unknown = flags.filter((flag) => flag !== '--no-run');
    if (unknown.length) return usageError(`unknown option for lint: ${unknown.join(' ')}`);
    const { lintCatalogue } = await import('../catalogue/lint.ts');
    const report = await lintCatalogue(dirs, { run: !flags.includes('--no-run') });
    for (const problem of report.problems) console.error(`${problem.message}\n`);
    console.log(
      `${report.files} scenario files, ${report.scenarios} scenarios, ${new Set(report.problems.map((p) => p.file)).size} bad`,
    );
    return report.problems.length ? 1 : 0;
  }
  if (command === 'coverage') {
    const { dirs, flags } = dirsAndFlags(rest);
    if (flags.length) return usageError(`unknown option for coverage: ${flags.join(' ')}`);
    const [{ coverage, formatCoverage }, { SOURCE_ROWS }, { listing }, { loadCatalogue }] = await Promise.all([
      import('../catalogue/coverage.ts'),
      import('../catalogue/source-rows.ts'),
      import('../catalogue/listing.ts'),
      import('../catalogue/load.ts'),
    ]);
    const { table, problems } = formatCoverage(coverage(SOURCE_ROWS, listing(await loadCatalogue(dirs))));
    console.log(table.join('\n'));
    if (problems.length) console.error(problems.join('\n'));
    return problems.length ? 1 : 0;
  }
  if (command === 'schema') {
    const { scenarioJsonSchema } = await import('../scenario/json-schema.ts');
    console.log(JSON.stringify(scenarioJsonSchema(), null, 2));
    return 0;
  }
  if (command === 'faults') {
    const unknown = rest.filter((arg) => arg !== '--json' && arg !== '--markdown');
    if (unknown.length || rest.length > 1)
      return usageError(`faults takes --json or --markdown, got: ${rest.join(' ')}`);
    const { faultEntries, faultsMarkdown, formatFaults } = await import('../catalogue/faults.ts');
    const entries = faultEntries();
    console.log(
      rest[0] === '--json'
        ? JSON.stringify(entries, null, 2)
        : rest[0] === '--markdown'
          ? faultsMarkdown(entries)
          : formatFaults(entries),
    );
    return 0;
  }
  if (command === 'doctor') return (await import('./doctor.ts')).doctor();
  if (command === 'setup') {
    if (rest.length) return usageError(`setup takes no arguments, got: ${rest.join(' ')}`);
    return (await import('./setup.ts')).setup();
  }
  if (command === 'diff') {
    if (rest.length !== 2 || rest.some((arg) => arg.startsWith('-')))
      return usageError(`diff takes two conformance.json files, got: ${rest.join(' ') || '(none)'}`);
    const [{ compareReports, formatComparison }, { readConformanceReport }] = await Promise.all([
      import('../report/compare.ts'),
      import('../report/read-report.ts'),
    ]);
    const comparison = compareReports(readConformanceReport(rest[0]!).entries, readConformanceReport(rest[1]!).entries);
    console.log(formatComparison(comparison));
    return comparison.worse.length ? 1 : 0;
  }
  if (command === 'serve') {
    try {
      return await (await import('./serve.ts')).serve(rest);
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
  if (command === 'judge') {
    const { judge, JudgeUsageError } = await import('./judge.ts');
    try {
      return await judge(rest);
    } catch (error) {
      if (error instanceof JudgeUsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
        return usageError(`judge: ${(error as Error).message}`);
      throw error;
    }
  }
  if (command === undefined || command === '--help' || command === 'help') {
    console.log(USAGE);
    return command === undefined ? 2 : 0;
  }
  return usageError(`unknown command: ${command}`);
}

/** Folder arguments (default: the bundled catalogue) apart from `--flags`; each folder must exist. */
function dirsAndFlags(args: readonly string[]): { dirs: string[]; flags: string[] } {
  const flags = args.filter((arg) => arg.startsWith('-'));
  const dirs = args.filter((arg) => !arg.startsWith('-'));
  for (const dir of dirs) if (!existsSync(dir)) throw new CliInputError(`no such scenario folder: ${dir}`);
  return { dirs: dirs.length ? dirs : [BUNDLED_SCENARIOS], flags };
}

/** A command-line argument names something that is not there (exit code 1, the message alone). */
class CliInputError extends InputError {}

function usageError(message: string): number {
  console.error(`faultline: ${message}\n\n${USAGE}`);
  return 2;
}
