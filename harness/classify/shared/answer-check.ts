import type { Provider } from '../../contract/index.ts';
import { answerProblems, isEmptyAnswer } from '../answer.ts';
import type { Classification, ClassifyOptions } from '../native.ts';
import { failed } from './failure.ts';

/**
 * Judges a completed run's answer: empty → `answer.missing`; failing the task's answer schema →
 * `answer.schema_mismatch`; else success with the answer.
 *
 * @example
 * checkAnswer('skyvern', { price: 'n/a' }, raw, { answerSchema }); // failure answer.schema_mismatch
 */
export function checkAnswer(
  provider: Provider,
  answer: unknown,
  raw: unknown,
  options: ClassifyOptions,
  code: string | null = null,
): Classification {
  if (isEmptyAnswer(answer))
    return failed(provider, 'answer.missing', { code, message: 'completed with an empty answer', raw }, options);
  const problems = options.answerSchema ? answerProblems(answer, options.answerSchema) : null;
  if (problems) {
    return failed(
      provider,
      'answer.schema_mismatch',
      { code, message: `answer does not match the task's schema: ${problems.join('; ')}`, raw },
      options,
    );
  }
  return { state: 'success', answer };
}
