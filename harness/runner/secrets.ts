import { CANARIES } from '../../mocks/secrets.ts';
import { faultlineEnv } from '../env.ts';

/**
 * Literal secrets to keep out of every trace and message: the catalogue's own canaries, and
 * whatever the user lists in `FAULTLINE_SECRETS` (comma-separated), besides the patterns that
 * redaction always removes (credentials in URLs, bearer tokens, API-key-looking words).
 *
 * @example
 * knownSecrets({ FAULTLINE_SECRETS: 'sk-my-real-key' }); // [...canaries, 'sk-my-real-key']
 */
export function knownSecrets(env: Record<string, string | undefined> = process.env): string[] {
  return [...CANARIES, ...(faultlineEnv(env).FAULTLINE_SECRETS ?? [])];
}
