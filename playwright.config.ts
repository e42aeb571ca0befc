import { defineFaultlineConfig } from './harness/config.ts';

// The catalogue in scenarios/ (and seeded chaos) against FAULTLINE_HANDLER, by default the
// reference handler and the reference client. See harness/config.ts.
export default defineFaultlineConfig();
