import { isRecord, stringField } from './body.ts';

/**
 * `Failure.next` from seed 003's `suggestions[]` ("concrete next steps"): the first entry, a string
 * or an object's `action`, `type` or `title`; null when there is none.
 *
 * @example
 * firstSuggestion(['authenticate', 'abort']); // 'authenticate'
 * firstSuggestion([{ action: 'change_request' }]); // 'change_request'
 * firstSuggestion('abort'); // null
 */
export function firstSuggestion(suggestions: unknown): string | null {
  const first = Array.isArray(suggestions) ? suggestions[0] : undefined;
  if (typeof first === 'string') return first;
  if (!isRecord(first)) return null;
  return stringField(first, 'action') ?? stringField(first, 'type') ?? stringField(first, 'title');
}
