import { describe, expect, it } from 'vitest';
import { daysSince, isClosed, outcomeBody } from './churnRules';

describe('churn risk helpers', () => {
  it('when a risk was detected three days ago, then it has waited 3 days; today 0', () => {
    expect(daysSince('2026-05-01', new Date(2026, 4, 4, 9))).toBe(3);
    expect(daysSince('2026-05-04', new Date(2026, 4, 4, 23))).toBe(0);
  });
  it('when recording contact only, then no outcome is sent; closing sends it', () => {
    expect(outcomeBody('contacting', 'returned', '', 2)).toEqual({ status: 'contacting', outcome: null, outcome_note: null, version: 2 });
    expect(outcomeBody('lost', 'moved_away', '搬去外地', 3)).toEqual({ status: 'lost', outcome: 'moved_away', outcome_note: '搬去外地', version: 3 });
    expect([isClosed('won_back'), isClosed('open')]).toEqual([true, false]);
  });
});
