import { describe, expect, it } from 'vitest';
import { visitMonthsOf, visitedWithin, VISIT_MONTH_BITS } from '../../server/domain/visitMonths.js';
import { monthIndex } from '../../server/domain/analytics/months.js';

/** The visit months kept on a customer (server/domain/visitMonths.ts), as the dashboard's loyalty reads them. */
describe('visit months', () => {
  const m = (month: string) => monthIndex(month);

  it('when a customer visited in some months, then the mask has one bit per month counted back from the latest', () => {
    expect(visitMonthsOf([])).toEqual({ visit_months_anchor: null, visit_months: 0 });
    expect(visitMonthsOf(['2026-03-05', '2026-03-28', '2026-01-02', '2025-03-31'])).toEqual({ visit_months_anchor: m('2026-03'), visit_months: 2 ** 0 + 2 ** 2 + 2 ** 12 });
    // a month more than 47 months back is not kept
    expect(visitMonthsOf(['2026-03-05', '2022-03-01']).visit_months).toBe(1);
    expect(visitMonthsOf(['2026-03-05', '2022-04-01']).visit_months).toBe(1 + 2 ** (VISIT_MONTH_BITS - 1));
  });

  it('when asked about a window of months, then only visits inside it count', () => {
    const { visit_months_anchor: a, visit_months: mask } = visitMonthsOf(['2026-03-05', '2025-01-20']);
    // the 12 months up to each month end
    expect(visitedWithin(a, mask, m('2025-04'), m('2026-03'))).toBe(true);
    expect(visitedWithin(a, mask, m('2025-02'), m('2026-01'))).toBe(false); // between the two visits
    expect(visitedWithin(a, mask, m('2024-02'), m('2025-01'))).toBe(true);
    expect(visitedWithin(a, mask, m('2026-04'), m('2027-03'))).toBe(false); // after the latest visit
    expect(visitedWithin(a, mask, m('2023-01'), m('2023-12'))).toBe(false);
    expect(visitedWithin(null, 0, m('2025-04'), m('2026-03'))).toBe(false);
    // bits above 32 (JavaScript's & would lose them)
    const far = visitMonthsOf(['2026-03-05', '2022-05-01']);
    expect(visitedWithin(far.visit_months_anchor, far.visit_months, m('2022-01'), m('2022-06'))).toBe(true);
    expect(visitedWithin(far.visit_months_anchor, far.visit_months, m('2022-06'), m('2026-02'))).toBe(false);
  });
});
