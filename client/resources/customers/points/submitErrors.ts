import { requestFailure } from '../../../bulk/bulkErrors';

const FALLBACK = 'ra.notification.http_error';

/**
 * What a notification says about a refused request: the reasons themselves when the server gives some (its
 * message repeats them behind the raw field names), else its message.
 */
export function failureText(error: unknown): string {
  const { message, fieldErrors } = requestFailure(error);
  const reasons = Object.values(fieldErrors);
  return (reasons.length ? reasons.join('; ') : message) || FALLBACK;
}

/**
 * Splits a failed create into what goes beside the dialog's fields and what needs a notification: the reasons
 * that name no field of the dialog, or the server's message when there is no reason at all.
 */
export function submitErrors(error: unknown, fields: readonly string[]): { fieldErrors: Record<string, string>; notice: string | null } {
  const { message, fieldErrors } = requestFailure(error);
  const shown = Object.fromEntries(Object.entries(fieldErrors).filter(([field]) => fields.includes(field)));
  const elsewhere = Object.entries(fieldErrors).filter(([field]) => !fields.includes(field)).map(([, reason]) => reason);
  if (elsewhere.length) return { fieldErrors: shown, notice: elsewhere.join('; ') };
  if (Object.keys(shown).length) return { fieldErrors: shown, notice: null };
  return { fieldErrors: shown, notice: message || FALLBACK };
}
