/**
 * The field reasons of a refused request (`{ message, errors: { field: reason } }` in react-admin's HttpError
 * body), to show beside the inputs; empty when the error names no field.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  if (typeof error !== 'object' || error === null || !('body' in error)) return {};
  const body = (error as { body?: { errors?: unknown } }).body;
  const errors = body?.errors;
  if (typeof errors !== 'object' || errors === null) return {};
  return Object.fromEntries(Object.entries(errors).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** The headline of a refused request, for a notification. */
export function errorMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
}
