import { describe, expect, it } from 'vitest';
import {
  basisMessage, canReverseOrDecide, canSpendOrAdjust, isRedeemable, isReversible, localToday, nextRedemptionStatuses,
  progressPercent, redemptionCost, reversedIds, sourceResource, type GiftOption,
} from './pointsRules';

describe('who sees the points actions', () => {
  it('when the CS team opens the tab, then they may redeem and adjust; a sales consultant may not', () => {
    expect((['admin', 'cs_manager', 'cs_specialist'] as const).every((r) => canSpendOrAdjust(r))).toBe(true);
    expect(canSpendOrAdjust('sales_consultant')).toBe(false);
    expect(canSpendOrAdjust(undefined)).toBe(false);
  });

  it('when a specialist opens the tab, then reversing and deciding stay with managers and admins', () => {
    expect(canReverseOrDecide('cs_specialist')).toBe(false);
    expect(canReverseOrDecide('cs_manager')).toBe(true);
    expect(canReverseOrDecide('admin')).toBe(true);
  });
});

describe('which ledger entries may be reversed', () => {
  const entries = [
    { id: 1, points: 500, reason: 'purchase', reverses_id: null },
    { id: 2, points: -500, reason: 'reversal', reverses_id: 1 },
    { id: 3, points: 200, reason: 'service', reverses_id: null },
    { id: 4, points: -300, reason: 'redemption', reverses_id: null },
    { id: 5, points: -40, reason: 'expiry' },
  ];
  const reversed = reversedIds(entries);

  it('when another entry points at an entry, then it counts as reversed', () => {
    expect([...reversed]).toEqual([1]);
  });

  it('when an entry is an earning not yet reversed, then it may be reversed; reversals, redemptions and reversed ones may not', () => {
    expect(entries.filter((e) => isReversible(e, reversed)).map((e) => e.id)).toEqual([3, 5]);
  });

  it('when an entry carries a reverses_id, then it is a reversal whatever its reason', () => {
    expect(isReversible({ id: 9, points: 10, reason: 'adjustment', reverses_id: 8 }, new Set())).toBe(false);
  });
});

describe('the source of a ledger entry', () => {
  const known = new Set(['vehicles', 'service_visits', 'redemptions', 'customers', 'point_adjustments']);

  it('when the source type is singular, then the plural resource is found', () => {
    expect(sourceResource('service_visit', known)).toBe('service_visits');
    expect(sourceResource('redemption', known)).toBe('redemptions');
  });

  it('when the source type already is a resource name, then it is kept', () => {
    expect(sourceResource('point_adjustments', known)).toBe('point_adjustments');
  });

  it('when the source type is empty or unknown, then there is no link', () => {
    expect(sourceResource(null, known)).toBeNull();
    expect(sourceResource('import', known)).toBeNull();
  });
});

describe('which gifts may be redeemed', () => {
  const gift: GiftOption = { id: 1, name: '车载香薰', points_price: 800, stock: 3, active: true, valid_from: '2026-01-01', valid_to: '2026-12-31' };

  it('when a gift is active, in stock and valid today, then it is offered', () => {
    expect(isRedeemable(gift, '2026-11-23')).toBe(true);
    expect(isRedeemable({ ...gift, valid_from: null, valid_to: null }, '2030-01-01')).toBe(true);
  });

  it('when the first or last valid day is today, then it is still offered', () => {
    expect(isRedeemable(gift, '2026-01-01')).toBe(true);
    expect(isRedeemable(gift, '2026-12-31')).toBe(true);
  });

  it('when a gift is out of stock, inactive, not yet or no longer valid, then it is not offered', () => {
    expect(isRedeemable({ ...gift, stock: 0 }, '2026-11-23')).toBe(false);
    expect(isRedeemable({ ...gift, active: false }, '2026-11-23')).toBe(false);
    expect(isRedeemable(gift, '2025-12-31')).toBe(false);
    expect(isRedeemable(gift, '2027-01-01')).toBe(false);
  });

  it('when today is asked for, then it is the local calendar day', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('what a redemption costs', () => {
  it('when a gift and a quantity are chosen, then the points needed and the balance after follow', () => {
    expect(redemptionCost(800, 2, 2000)).toEqual({ needed: 1600, after: 400 });
    expect(redemptionCost(800, '3', 2000)).toEqual({ needed: 2400, after: -400 });
  });

  it('when no gift or no valid quantity is chosen yet, then nothing is needed', () => {
    expect(redemptionCost(undefined, 2, 100)).toEqual({ needed: 0, after: 100 });
    expect(redemptionCost(800, 0, 100)).toEqual({ needed: 0, after: 100 });
    expect(redemptionCost(800, 1.5, 100)).toEqual({ needed: 0, after: 100 });
  });

  it('when a redemption is requested, then it may be fulfilled or cancelled; a fulfilled one only cancelled; a cancelled one is final', () => {
    expect(nextRedemptionStatuses('requested')).toEqual(['fulfilled', 'cancelled']);
    expect(nextRedemptionStatuses('fulfilled')).toEqual(['cancelled']);
    expect(nextRedemptionStatuses('cancelled')).toEqual([]);
  });
});

describe('the tier progress', () => {
  const next = { id: 2, name: '金卡', name_en: 'Gold', threshold_points: 10000, missing: 2500 };

  it('when there is a next tier, then the bar shows the share of the way there', () => {
    expect(progressPercent({ progress: 0.75, next_tier: next })).toBe(75);
    expect(progressPercent({ progress: 1.4, next_tier: next })).toBe(100);
    expect(progressPercent({ progress: -0.2, next_tier: next })).toBe(0);
  });

  it('when the customer is at the top tier, then the bar is full', () => {
    expect(progressPercent({ progress: 0, next_tier: null })).toBe(100);
  });

  it('when points count over a rolling window, then the basis names the months', () => {
    expect(basisMessage({ basis: 'rolling', window_months: 12 })).toEqual(['crm.points.summary.basis_rolling', { months: 12 }]);
    expect(basisMessage({ basis: 'lifetime', window_months: 12 })).toEqual(['crm.points.summary.basis_lifetime', {}]);
  });
});
