import { monthIndex } from './analytics/months.js';

/**
 * The months a customer came for service, kept on the customer as two numbers (migration
 * 20261201100000_customer_visit_months keeps them with database triggers):
 * - `visit_months_anchor`: the month index (year × 12 + month − 1) of the latest visit;
 * - `visit_months`: a bit mask, bit k set when there was a visit k months before the anchor month, for the
 *   VISIT_MONTH_BITS months up to it (48 bits: four years, and still a whole number in JavaScript).
 * "Did the customer visit in the 12 months up to M" is then a look at the customer's own row: the dashboard's
 * loyalty over 12 trend months reads the owners' rows instead of 140,000 visits.
 */
export const VISIT_MONTH_BITS = 48;

export interface VisitMonths {
  visit_months_anchor: number | null;
  visit_months: number;
}

/** The two columns for a customer with visits on these days (YYYY-MM-DD), as the triggers compute them. */
export function visitMonthsOf(days: readonly string[]): VisitMonths {
  if (!days.length) return { visit_months_anchor: null, visit_months: 0 };
  const months = days.map((d) => monthIndex(d.slice(0, 7)));
  const anchor = Math.max(...months);
  let mask = 0;
  for (const k of new Set(months.map((m) => anchor - m))) if (k < VISIT_MONTH_BITS) mask += 2 ** k;
  return { visit_months_anchor: anchor, visit_months: mask };
}

/**
 * Whether a customer with these columns visited in any month from `first` to `last` (month indexes, inclusive).
 * Months more than VISIT_MONTH_BITS − 1 before the anchor are not kept and read as no visit.
 */
export function visitedWithin(anchor: number | null, mask: number, first: number, last: number): boolean {
  if (anchor === null || first > anchor) return false;
  const lo = Math.max(0, anchor - last); // bits count back from the anchor month
  const hi = Math.min(VISIT_MONTH_BITS - 1, anchor - first);
  if (hi < lo) return false;
  // whole-number arithmetic: the mask has more than the 32 bits JavaScript's & works on
  return Math.floor(mask / 2 ** lo) % 2 ** (hi - lo + 1) !== 0;
}
