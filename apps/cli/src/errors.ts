/**
 * The errors a user can cause. Each says what was wrong and what to do; the CLI prints them as one or two
 * lines, never with a stack trace (`--debug` shows one). Anything else thrown is a bug and is shown with
 * its stack.
 */

/** Exit codes: 0 ok, 1 invalid input or failed delivery, 2 usage error. */
export const exitCodes = { ok: 0, failure: 1, usage: 2 } as const;

export class CliError extends Error {
  override readonly name: string = "CliError";
  /** What to do about it, one sentence. */
  readonly hint: string | undefined;
  readonly exitCode: number;

  constructor(message: string, hint?: string, exitCode: number = exitCodes.failure) {
    super(message);
    this.hint = hint;
    this.exitCode = exitCode;
  }
}

/** A mistake in how the command was called: unknown option, missing argument, bad value. Exit code 2. */
export class UsageError extends CliError {
  override readonly name = "UsageError";

  constructor(message: string, hint?: string) {
    super(message, hint, exitCodes.usage);
  }
}
