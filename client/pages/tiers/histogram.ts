import type { PointsBucket } from '../../loyalty/loyaltyApi';

/** A tier as the chart marks it: where it starts, its name in the user's language, its colour. */
export interface LadderStep {
  name: string;
  points: number;
  color: string;
}

export interface HistogramBar {
  from: number;
  to: number | null;
  count: number;
  /** the tier a member at the bucket's lower bound reaches; bars are painted in its colour */
  color: string;
}

/** A threshold drawn on the chart, at the left edge of the bucket it falls in. */
export interface ThresholdMarker {
  /** the `from` of that bucket: the band axis's value */
  at: number;
  name: string;
  points: number;
  /** false when the threshold lies inside the bucket rather than on its edge */
  exact: boolean;
}

/** The highest step a member with `points` reaches (steps lowest first); null below the first one. */
export function stepFor(points: number, steps: LadderStep[]): LadderStep | null {
  let reached: LadderStep | null = null;
  for (const step of steps) if (points >= step.points) reached = step;
  return reached;
}

/**
 * The qualifying-points histogram ready to draw: buckets in order, each painted in the colour of the tier its
 * lower bound reaches, and every threshold above zero placed at the bucket that holds it (several tiers in one
 * bucket each get their marker). Thresholds beyond the last bucket are left out: nobody is there to mark.
 */
export function shapeHistogram(buckets: PointsBucket[], steps: LadderStep[], fallbackColor: string) {
  const ordered = [...buckets].sort((a, b) => a.from - b.from);
  const ladder = [...steps].sort((a, b) => a.points - b.points);
  const bars: HistogramBar[] = ordered.map((b) => ({ ...b, color: stepFor(b.from, ladder)?.color ?? fallbackColor }));
  const markers: ThresholdMarker[] = [];
  for (const step of ladder) {
    if (step.points <= 0) continue;
    const bucket = bars.find((b) => b.from <= step.points && (b.to === null || step.points < b.to));
    if (bucket) markers.push({ at: bucket.from, name: step.name, points: step.points, exact: bucket.from === step.points });
  }
  return { bars, markers };
}

/** A short number for an axis tick: 1,500 → 1.5k (en) or 1500 (zh), 25,000 → 25k / 2.5万. */
export function compactPoints(n: number, locale: string): string {
  const trim = (x: number) => String(Number(x.toFixed(1)));
  if (locale === 'en') {
    if (n >= 1_000_000) return `${trim(n / 1_000_000)}M`;
    if (n >= 1000) return `${trim(n / 1000)}k`;
    return String(n);
  }
  if (n >= 100_000_000) return `${trim(n / 100_000_000)}亿`;
  if (n >= 10_000) return `${trim(n / 10_000)}万`;
  return String(n);
}

/** A bucket's range in full, for the tooltip: "1,000 – 1,999" or "50,000+". */
export function bucketRange(bar: Pick<HistogramBar, 'from' | 'to'>): string {
  const f = (n: number) => n.toLocaleString('en-US');
  return bar.to === null ? `${f(bar.from)}+` : `${f(bar.from)} – ${f(bar.to - 1)}`;
}
