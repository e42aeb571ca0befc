/**
 * Canary secrets planted in the catalogue: an API key in provider payloads and the password of
 * the faulty proxy. A self-test scans everything a run writes and must find neither.
 */
export const CANARY_API_KEY = 'hai_live_CANARY7d41d8cd98f00b204e98';
/** The faulty proxy's password in browser scenarios (see {@link CANARY_API_KEY}). */
export const CANARY_PROXY_PASSWORD = 'canary-proxy-pass-94c1f0';
/** Every canary, for redaction and for the scan. */
export const CANARIES = [CANARY_API_KEY, CANARY_PROXY_PASSWORD] as const;
