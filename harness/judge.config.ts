import { CONFORMANCE_REPORTER, defineFaultlineConfig } from './config.ts';

// What `faultline judge` runs: the bundled catalogue against the command client in
// FAULTLINE_HANDLER, with one verdict line per scenario, JUnit and the conformance reports.
export default defineFaultlineConfig({
  playwright: {
    reporter: [
      ['list'],
      ['junit', { outputFile: process.env.PLAYWRIGHT_JUNIT_OUTPUT_NAME || 'test-results/junit.xml' }],
      [CONFORMANCE_REPORTER],
    ],
  },
});
