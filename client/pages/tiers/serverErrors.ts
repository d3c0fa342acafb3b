import { errorMessage, fieldErrors } from '../account/fieldErrors';

/** A refused loyalty request: its status, headline and field reasons (`tiers.2.threshold_points`, `rules.earn.referral`). */
export interface Refusal {
  status: number | null;
  message: string;
  errors: Record<string, string>;
}

export function refusalOf(error: unknown): Refusal {
  const status = typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : null;
  return { status, message: errorMessage(error), errors: fieldErrors(error) };
}

/** 409: someone saved another version since the page was loaded. */
export const isConflict = (refusal: Refusal) => refusal.status === 409;
