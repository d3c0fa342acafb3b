import type { Row } from '../resources/types.js';
import type { Reason } from '../rest/reasons.js';
import { checkDateOrder } from './dates.js';

/** An event ends after it starts. */
export function checkEventDates(record: Row): Record<string, Reason> | null {
  return checkDateOrder(record, 'start_at', 'end_at');
}
