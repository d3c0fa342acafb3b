/** What the dialog and notifications need from a failed request (react-admin's HttpError or anything else). */
export interface RequestFailure {
  status: number | undefined;
  message: string;
  /** field → reason, from a 400's `{ message, errors }` */
  fieldErrors: Record<string, string>;
}

/** Reads the server's error contract `{ message, errors: { field: reason } }` out of a rejected request. */
export function requestFailure(error: unknown): RequestFailure {
  if (!error || typeof error !== 'object') return { status: undefined, message: String(error ?? ''), fieldErrors: {} };
  const e = error as { status?: unknown; message?: unknown; body?: unknown };
  const body = (e.body && typeof e.body === 'object' ? e.body : {}) as { message?: unknown; errors?: unknown };
  const message = typeof body.message === 'string' && body.message ? body.message : typeof e.message === 'string' ? e.message : '';
  const fieldErrors: Record<string, string> = {};
  if (body.errors && typeof body.errors === 'object') {
    for (const [field, reason] of Object.entries(body.errors as Record<string, unknown>)) {
      if (typeof reason === 'string') fieldErrors[field] = reason;
      else if (reason && typeof reason === 'object' && typeof (reason as { message?: unknown }).message === 'string') {
        fieldErrors[field] = (reason as { message: string }).message;
      }
    }
  }
  return { status: typeof e.status === 'number' ? e.status : undefined, message, fieldErrors };
}
