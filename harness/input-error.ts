/**
 * Bad input from the person running Faultline (a variable, a handler path, a folder, a missing
 * browser): its message says what to fix, so it prints as that message alone, never with a stack.
 * Playwright prints an error thrown while loading the config with `console.error`, that is with
 * `util.inspect`, which asks the error's `nodejs.util.inspect.custom` method first.
 *
 * @example
 * throw new InputError('FAULTLINE_SEED="abc": expected a whole number');
 * // npx playwright test prints: FAULTLINE_SEED="abc": expected a whole number
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    // Where Node prints the stack itself (an uncaught error), the stack is the message too.
    this.stack = message;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.message;
  }
}
