import type { Headline, Reason } from './rest/reasons.js';

/**
 * The one error contract: `{ message, errors: { field: reason } }` with the HTTP status that fits.
 * Messages and reasons are given as codes and said in the caller's language by the error middleware.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly headline: Headline,
    readonly errors: Record<string, Reason> = {},
  ) {
    super(headline);
    this.name = 'AppError';
  }
}

export function badRequest(errors: Record<string, Reason>): AppError {
  return new AppError(400, 'invalid', errors);
}
