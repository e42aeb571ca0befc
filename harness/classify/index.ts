import type { Provider } from '../contract/index.ts';
import type { Classification, ClassifyOptions, Native } from './native.ts';
import type { ProviderClassifier } from './provider.ts';
import { parseBody, safeString } from './shared/body.ts';
import { failed } from './shared/failure.ts';
import { header } from './shared/headers.ts';
import { fromStatus, malformed, type ReadResponse } from './shared/http.ts';
import { isSuccessStatus, kindOfStatus } from './shared/status.ts';
import { transportError } from './shared/transport.ts';
import { hcompany } from './hcompany.ts';
import { skyvern } from './skyvern.ts';
import { webcompute } from './webcompute.ts';
import { problem } from './problem.ts';
import { playwright } from './playwright.ts';
import { classifyProcess, cli } from './cli.ts';

export type { Classification, ClassifyOptions, Native, NativeResponse } from './native.ts';

const CLASSIFIERS: Record<Provider, ProviderClassifier> = { hcompany, skyvern, webcompute, problem, playwright, cli };

/**
 * Turns a provider's native payload into a {@link Classification}: success (with the answer),
 * pending (a run still going), or a {@link Failure}; a command-line tool's ended process too (`cli`). Pure and total: it never throws, whatever
 * the payload, so it can sit in production code as well as in the harness.
 *
 * @example
 * classify({ provider: 'webcompute', response: { status: 429, headers: { 'retry-after': '2' },
 *   body: '{"code":"RATE_LIMITED","type":"rate_limit","retryable":true}' } });
 * // { state: 'failure', failure: { kind: 'platform.rate_limited', retryAfterMs: 2000, ... } }
 */
export function classify(native: Native, options: ClassifyOptions = {}): Classification {
  const classifier = CLASSIFIERS[native.provider];
  try {
    if ('thrown' in native) return classifyThrown(native.provider, classifier, native.thrown, options);
    if ('process' in native) return classifyProcess(native.provider, native.process, options);
    const { status, headers = {}, body } = native.response;
    const parsed = parseBody(body, header(headers, 'content-type') ?? '');
    const read: ReadResponse = { status, headers, json: parsed.ok ? parsed.value : undefined, raw: body };
    if (!parsed.ok) {
      return status !== null && !isSuccessStatus(status)
        ? fromStatus(native.provider, read, options, {
            kind: kindOfStatus(status, classifier.statuses),
            message: `HTTP ${status}: ${parsed.reason}`,
          })
        : malformed(native.provider, read, parsed.reason, options);
    }
    return classifier.response(read, options);
  } catch (error) {
    return failed(
      native.provider,
      'platform.internal',
      {
        code: 'faultline.classify_error',
        message: `could not classify the payload: ${(error as Error)?.message ?? safeString(error)}`,
        raw:
          'thrown' in native ? safeString(native.thrown) : 'process' in native ? native.process : native.response.body,
      },
      options,
    );
  }
}

function classifyThrown(
  provider: Provider,
  classifier: ProviderClassifier,
  thrown: unknown,
  options: ClassifyOptions,
): Classification {
  const own = classifier.thrown(thrown, options);
  if (own) return own;
  const network = transportError(thrown);
  if (network)
    return failed(provider, network.kind, { code: network.code, message: network.message, raw: network }, options);
  const message = thrown instanceof Error ? thrown.message : safeString(thrown);
  const code = thrown instanceof Error ? thrown.name : null;
  return failed(provider, 'platform.internal', { code, message, raw: { name: code, message } }, options);
}
