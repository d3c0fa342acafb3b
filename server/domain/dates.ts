import type { Row } from '../resources/types.js';
import { reason, type Reason } from '../rest/reasons.js';

/** A period must not end before it starts; answers the error on the end field. */
export function checkDateOrder(record: Row, startField: string, endField: string): Record<string, Reason> | null {
  const start = record[startField];
  const end = record[endField];
  if (typeof start === 'string' && typeof end === 'string' && end < start) {
    return { [endField]: reason('end_before_start') };
  }
  return null;
}
