import { describe, expect, it } from 'vitest';
import { movesMatrix, tierShifts } from './moves';
import { parsePreviewFilter, previewCustomersPath, batchCustomersPath } from './links';

const tiers = [
  { id: 4, name: '钻石卡' },
  { id: 3, name: '金卡' },
  { id: 2, name: '银卡' },
  { id: 1, name: '普通卡' },
];

describe('the what-if moves', () => {
  it('when members move between tiers, then the matrix has a row per tier they leave and totals per column', () => {
    const m = movesMatrix(
      [
        { from_tier_id: 2, to_tier_id: 3, count: 12 },
        { from_tier_id: 3, to_tier_id: 2, count: 4 },
        { from_tier_id: null, to_tier_id: 1, count: 5 },
        { from_tier_id: 1, to_tier_id: 3, count: 1 },
      ],
      tiers,
    );
    expect(m.rows.map((r) => r.from?.name ?? null)).toEqual(['金卡', '银卡', '普通卡', null]);
    expect(m.rows[1].cells).toEqual([0, 12, 0, 0]);
    expect(m.rows[1].total).toBe(12);
    expect(m.rows[3].cells).toEqual([0, 0, 0, 5]);
    expect(m.columnTotals).toEqual([0, 13, 4, 5]);
  });

  it('when a move names an unknown tier or counts nobody, then it is left out', () => {
    const m = movesMatrix([{ from_tier_id: 99, to_tier_id: 3, count: 2 }, { from_tier_id: 2, to_tier_id: 77, count: 2 }, { from_tier_id: 2, to_tier_id: 3, count: 0 }], tiers);
    expect(m.rows).toEqual([]);
    expect(m.columnTotals).toEqual([0, 0, 0, 0]);
  });

  it('when counts are shown per tier, then every tier appears with before, after and the difference', () => {
    expect(tierShifts([{ tier_id: 3, before: 20, after: 28 }], tiers.slice(0, 2))).toEqual([
      { tier: tiers[0], before: 0, after: 0, delta: 0 },
      { tier: tiers[1], before: 20, after: 28, delta: 8 },
    ]);
  });
});

describe('links to the customers a what-if or a run names', () => {
  it('when the promoted customers are opened, then the list filter carries the preview id and direction, URL-encoded', () => {
    const path = previewCustomersPath('p-1', 'up');
    expect(path.startsWith('/customers?filter=')).toBe(true);
    expect(JSON.parse(decodeURIComponent(path.split('filter=')[1]))).toEqual({ tier_preview: 'p-1:up' });
    expect(JSON.parse(decodeURIComponent(batchCustomersPath('b:7').split('filter=')[1]))).toEqual({ tier_batch: 'b:7' });
  });

  it('when a tier_preview filter is read back, then id and direction are split at the last colon', () => {
    expect(parsePreviewFilter('a:b:held')).toEqual({ previewId: 'a:b', direction: 'held' });
    expect(parsePreviewFilter('abc:sideways')).toBeNull();
    expect(parsePreviewFilter(3)).toBeNull();
  });
});
