// The pure core: contract, classification and oracle. Imports neither Playwright nor MSW, so it
// can run in production code (reuse `classify` there) as well as in the harness.
export * from './contract/index.ts';
export { classify } from './classify/index.ts';
export type { Classification, ClassifyOptions, Native, NativeResponse } from './classify/index.ts';
export { observableNative } from './classify/observable.ts';
export { isNetErrorCode, isNetworkShapedNetError } from './classify/shared/net-errors.ts';
export { redact, redactText, trimmedMessage } from './redact.ts';
export * from './oracle/index.ts';
