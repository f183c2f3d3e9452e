/** A failure to report to the person at the terminal (no stack trace); exit code 1, or 2 for usage. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export const usageError = (message: string, help: string) => new CliError(`${message}\n\n${help}`, 2);
