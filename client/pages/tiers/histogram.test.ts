import { describe, expect, it } from 'vitest';
import { bucketRange, compactPoints, shapeHistogram, stepFor } from './histogram';

const steps = [
  { name: '普通卡', points: 0, color: '#9e9e9e' },
  { name: '银卡', points: 5000, color: '#c0c0c0' },
  { name: '金卡', points: 20000, color: '#d4a017' },
];
const buckets = [
  { from: 10000, to: 20000, count: 7 },
  { from: 0, to: 5000, count: 40 },
  { from: 5000, to: 10000, count: 12 },
  { from: 20000, to: null, count: 3 },
];

describe('the qualifying-points histogram', () => {
  it('when buckets arrive out of order, then bars are in order and painted in the tier their lower bound reaches', () => {
    const { bars } = shapeHistogram(buckets, steps, '#000000');
    expect(bars.map((b) => b.from)).toEqual([0, 5000, 10000, 20000]);
    expect(bars.map((b) => b.color)).toEqual(['#9e9e9e', '#c0c0c0', '#c0c0c0', '#d4a017']);
  });

  it('when thresholds sit on bucket edges, then each is marked exactly there and the zero threshold is not marked', () => {
    const { markers } = shapeHistogram(buckets, steps, '#000000');
    expect(markers).toEqual([
      { at: 5000, name: '银卡', points: 5000, exact: true },
      { at: 20000, name: '金卡', points: 20000, exact: true },
    ]);
  });

  it('when a draft threshold falls inside a bucket, then it is marked at that bucket as not exact', () => {
    const { markers } = shapeHistogram(buckets, [...steps.slice(0, 2), { ...steps[2], points: 18000 }], '#000000');
    expect(markers[1]).toEqual({ at: 10000, name: '金卡', points: 18000, exact: false });
  });

  it('when a threshold lies in the open top bucket, then it is marked there; beyond a closed last bucket, not at all', () => {
    expect(shapeHistogram(buckets, [{ name: 'x', points: 90000, color: '#111111' }], '#000000').markers).toEqual([
      { at: 20000, name: 'x', points: 90000, exact: false },
    ]);
    expect(shapeHistogram([{ from: 0, to: 100, count: 1 }], [{ name: 'x', points: 500, color: '#111111' }], '#000000').markers).toEqual([]);
  });

  it('when points are below every threshold, then no tier is reached and the fallback colour is used', () => {
    expect(stepFor(10, [{ name: 'a', points: 100, color: '#111111' }])).toBeNull();
    expect(shapeHistogram([{ from: 0, to: 100, count: 1 }], [{ name: 'a', points: 100, color: '#111111' }], '#abcdef').bars[0].color).toBe('#abcdef');
  });

  it('when ticks are labelled, then English uses k and M, Chinese uses 万 and 亿', () => {
    expect(compactPoints(1500, 'en')).toBe('1.5k');
    expect(compactPoints(1500, 'zh')).toBe('1500');
    expect(compactPoints(25000, 'zh')).toBe('2.5万');
    expect(compactPoints(2_000_000, 'en')).toBe('2M');
    expect(compactPoints(300_000_000, 'zh')).toBe('3亿');
  });

  it('when a bucket is shown in the tooltip, then its range is inclusive and the top one is open', () => {
    expect(bucketRange({ from: 1000, to: 2000 })).toBe('1,000 – 1,999');
    expect(bucketRange({ from: 50000, to: null })).toBe('50,000+');
  });
});
