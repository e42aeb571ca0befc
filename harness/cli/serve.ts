import { parseArgs } from 'node:util';
import { loadCatalogue } from '../catalogue/load.ts';
import { runSeed } from '../runner/random.ts';
import { scheduleFates } from '../runner/client/schedule-fates.ts';
import { Schedule } from '../runner/schedule.ts';
import { serveSimulator } from '../../mocks/simulator/serve.ts';
import { SIMULATORS, type FateSource, type SimulatedProvider } from '../../mocks/simulators.ts';
import type { PlatformGate } from '../../mocks/faults/platform/index.ts';

/** The key a served simulator accepts unless `--api-key` says otherwise. */
export const DEV_API_KEY = 'faultline-dev-key';

/**
 * `faultline serve --provider <name> [--scenario <id>] [--port 0] [--api-key <key>] [--seed <n>]`:
 * a provider simulator on a real loopback port until Ctrl-C. Prints the base URL alone on the
 * first line of stdout, so scripts can read it; everything else goes to stderr. With `--scenario`,
 * the runs clients start fail the way that scenario's schedule says. Returns the exit code.
 *
 * @example
 * await serve(['--provider', 'hcompany', '--port', '0']); // prints http://127.0.0.1:41234
 */
export async function serve(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      provider: { type: 'string' },
      scenario: { type: 'string' },
      port: { type: 'string', default: '0' },
      'api-key': { type: 'string', default: DEV_API_KEY },
      seed: { type: 'string' },
    },
    strict: true,
  });
  const provider = values.provider as SimulatedProvider | undefined;
  if (!provider || !(provider in SIMULATORS))
    throw new Error(
      `--provider: expected one of ${Object.keys(SIMULATORS).join(', ')}, got ${JSON.stringify(values.provider ?? null)}`,
    );
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`--port: expected a port number from 0 to 65535, got "${values.port}"`);
  const seed = runSeed({ FAULTLINE_SEED: values.seed });
  let fates: FateSource | undefined;
  let platform: PlatformGate[] = [];
  if (values.scenario) {
    const scenario = (await loadCatalogue()).find((s) => s.id === values.scenario);
    if (!scenario) throw new Error(`--scenario: no scenario "${values.scenario}" in scenarios/ (see: faultline list)`);
    if (scenario.provider !== provider || !scenario.client)
      throw new Error(`--scenario: "${scenario.id}" is not a client-mode scenario of ${provider}`);
    fates = scheduleFates(scenario, new Schedule(scenario.steps));
    // A fleet's platform-wide faults hold on the real clock here: a served simulator runs in real time.
    platform = scenario.platform.map(({ fault, params }) => fault.arm(params));
  }
  const served = await serveSimulator(
    (baseUrl) => SIMULATORS[provider]({ baseUrl, apiKeys: [values['api-key']!], seed, fates, platform }),
    port,
    (line) => console.error(`faultline serve: no route for ${line}`),
  );
  console.log(served.baseUrl);
  console.error(
    `faultline serve: ${provider} simulator on ${served.baseUrl}${values.scenario ? `, scenario ${values.scenario}` : ''} (seed ${seed}); Ctrl-C to stop`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await served.close();
  return 0;
}
