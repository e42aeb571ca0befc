// Seeded chaos (`FAULTLINE_CHAOS=1 npx playwright test`): random fault schedules per provider,
// judged by the oracle. Registers nothing unless FAULTLINE_CHAOS is set.
import { test } from '../runner/fixtures.ts';
import type { SimulatedProvider } from '../../mocks/simulators.ts';
import { isCommand } from '../runner/load-handler.ts';
import { formatChaos, runChaos } from './run-chaos.ts';
import { faultlineEnv } from '../env.ts';

const PROVIDERS: SimulatedProvider[] = ['hcompany', 'skyvern', 'webcompute', 'problem'];

const env = faultlineEnv();

if (env.FAULTLINE_CHAOS) {
  // Schedules per provider.
  const runs = env.FAULTLINE_CHAOS_RUNS ?? 100;
  for (const provider of PROVIDERS) {
    test(
      `chaos/${provider}`,
      { tag: ['@chaos', `@${provider}`] },
      async ({ handler, seed, decisionTimeoutMs, strict, simulatorServer }, testInfo) => {
        if (isCommand(handler))
          return test.skip(
            true,
            'seeded chaos judges handler modules in-process; a command client is judged on the catalogue',
          );
        test.skip(
          'providers' in handler && !handler.providers.includes(provider),
          `client "${handler.name}" does not speak ${provider}`,
        );
        await simulatorServer();
        const report = await runChaos(provider, handler, { seed, runs, decisionTimeoutMs, strict });
        if (report.failure)
          await testInfo.attach('faultline-trace.json', {
            body: report.failure.trace,
            contentType: 'application/json',
          });
        if (report.failure) throw Object.assign(new Error(formatChaos(report)), { stack: formatChaos(report) });
        console.log(formatChaos(report));
      },
    );
  }
}
