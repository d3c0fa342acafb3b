import { describe, expect, it } from 'vitest';
import type { EventScore } from './eventComparisonApi';
import { bestOf, MEASURES } from './eventMeasures';

const ev = (fields: Partial<EventScore>) => ({ ...fields }) as EventScore;
const row = (key: string) => MEASURES.find((m) => m.key === key)!;

describe('the best value of a row', () => {
  it('When more is better, then the highest wins; when less is better, the lowest', () => {
    expect(bestOf(row('attended'), [ev({ attended: 3 }), ev({ attended: 9 })])).toBe(9);
    expect(bestOf(row('cost_per_attendee'), [ev({ cost_per_attendee: 120 }), ev({ cost_per_attendee: null }), ev({ cost_per_attendee: 80 })])).toBe(80);
  });
  it('When only one event has a value, all are equal or the row is no contest, then nothing is highlighted', () => {
    expect(bestOf(row('satisfaction'), [ev({ satisfaction: 4.5 }), ev({ satisfaction: null })])).toBeNull();
    expect(bestOf(row('referrals'), [ev({ referrals: 0 }), ev({ referrals: 0 })])).toBeNull();
    expect(bestOf(row('budget'), [ev({ budget: 100 }), ev({ budget: 900 })])).toBeNull();
  });
});
