/** One body no provider should send, with the status and headers it came with. */
export interface MalformedCase {
  name: string;
  status: number | null;
  headers: Record<string, string>;
  body: unknown;
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const big = (n: number) => 'x'.repeat(n);

/** Bodies that are not what a platform promises: broken text, wrong types in every field, unknown enums. */
const BODIES: Array<[string, unknown]> = [
  ['empty', ''],
  ['whitespace', ' \n\t '],
  ['HTML gateway page', '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>'],
  ['HTML without tags closed', '<html><body><h1>Oops'],
  ['truncated object', '{"status": "comp'],
  ['truncated array', '[{"error_code": "no_'],
  ['trailing comma', '{"status": "failed",}'],
  ['single quotes', "{'status': 'failed'}"],
  ['NaN literal', '{"status": NaN}'],
  ['two objects', '{"status":"failed"}{"status":"completed"}'],
  ['BOM then JSON', '\uFEFF{"status":"failed"}'],
  ['plain text', 'Internal Server Error'],
  ['XML', '<?xml version="1.0"?><error><code>500</code></error>'],
  ['JSON null', 'null'],
  ['JSON true', 'true'],
  ['JSON number', '42'],
  ['JSON string', '"failed"'],
  ['JSON empty array', '[]'],
  ['JSON array of sessions', '[{"status":"failed","error_code":"internal"}]'],
  ['empty object', '{}'],
  ['status is a number', '{"status": 500}'],
  ['status is null', '{"status": null}'],
  ['status is an object', '{"status": {"value": "failed"}}'],
  ['status is an array', '{"status": ["failed"]}'],
  ['unknown status', '{"status": "exploded"}'],
  ['status with spaces', '{"status": " failed "}'],
  ['status in capitals', '{"status": "FAILED"}'],
  ['error_code is a number', '{"status": "failed", "error_code": 7}'],
  ['error_code is an object', '{"status": "failed", "error_code": {"code": "internal"}}'],
  ['unknown error_code', '{"status": "failed", "error_code": "quantum_flux"}'],
  ['outcome is a number', '{"status": "completed", "outcome": 1}'],
  ['unknown outcome', '{"status": "completed", "outcome": "maybe"}'],
  ['answer is a function-like string', '{"status": "completed", "outcome": "success", "answer": "function(){}"}'],
  ['output.error is a number', '{"status": "terminated", "output": {"error": 404}}'],
  ['errors is an object', '{"status": "terminated", "errors": {"error_code": "login_failed"}}'],
  ['errors has nulls', '{"status": "terminated", "errors": [null, 3, "x"]}'],
  ['success is a string', '{"success": "false", "error": {"code": "BROWSER_CRASHED"}}'],
  ['success false, error is a string', '{"success": false, "error": "BROWSER_CRASHED"}'],
  ['success false, code is a number', '{"success": false, "error": {"code": 500}}'],
  ['envelope code is null', '{"code": null, "retryable": "yes", "next": 5}'],
  ['retryable is a string', '{"code": "RATE_LIMITED", "retryable": "true"}'],
  ['problem status is a string', '{"type": "about:blank", "status": "429"}'],
  ['problem retry_after_ms negative', '{"type": "x", "status": 429, "retry_after_ms": -5}'],
  ['problem retry_after_ms a string', '{"type": "x", "status": 429, "retry_after_ms": "soon"}'],
  ['problem suggestions an object', '{"type": "x", "status": 400, "suggestions": {"a": 1}}'],
  ['problem type a number', '{"type": 7, "status": 500}'],
  ['deeply nested', JSON.stringify(JSON.parse('['.repeat(2000) + ']'.repeat(2000)))],
  ['huge string field', JSON.stringify({ status: 'failed', error: big(2_000_000) })],
  ['huge body of junk', big(3_000_000)],
  ['control characters', '{"status": "fa\u0000iled\u0007"}'],
  ['lone surrogate', '{"status": "\ud800"}'],
  ['invalid UTF-8 bytes', new Uint8Array([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1])],
  ['UTF-8 bytes of valid JSON', new TextEncoder().encode('{"status":"failed","error_code":"timeout"}')],
  ['a number, not text', 12345],
  ['a boolean, not text', false],
];

/** Statuses each body arrives with: success, none, rate limit, gateway, and an odd one. */
const STATUSES: Array<number | null> = [200, null, 429, 502, 299];

/**
 * The malformed-response corpus: every body under every status.
 *
 * @example
 * MALFORMED_CORPUS.length; // 280
 */
export const MALFORMED_CORPUS: MalformedCase[] = BODIES.flatMap(([name, body]) =>
  STATUSES.map((status) => ({ name: `${name} (HTTP ${status ?? 'none'})`, status, headers: JSON_HEADERS, body })),
);

/** How many distinct malformed bodies the corpus holds. */
export const MALFORMED_BODIES = BODIES.length;
