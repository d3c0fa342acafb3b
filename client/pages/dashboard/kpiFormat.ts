import type { Kpi } from '../../../server/domain/analytics/types';
import { listPath } from '../tiers/links';

/** A 0–1 share as a percentage with at most one decimal ("92.5%", "100%"); "–" when nothing was counted. */
export function formatPercent(value: number | null): string {
  if (value == null || !Number.isFinite(value)) return '–';
  const pct = Math.round(value * 1000) / 10;
  return `${pct}%`;
}

/** Whether a value meets its target: at least the target, or at most it where lower is better (churn); null with no value. */
export function meetsTarget(value: number | null, target: number, lowerIsBetter: boolean): boolean | null {
  if (value == null) return null;
  // compare at the precision shown, so a tile reading "90%" never says it missed a 90% target by a rounding error
  const shown = Math.round(value * 1000);
  const goal = Math.round(target * 1000);
  return lowerIsBetter ? shown <= goal : shown >= goal;
}

/** The target's message key and its percentage: "目标 ≥ 90%" or, for churn, "目标 ≤ 5%". */
export function targetLabel(kpi: Pick<Kpi, 'target' | 'lower_is_better'>): { key: 'target_at_least' | 'target_at_most'; pct: string } {
  return { key: kpi.lower_is_better ? 'target_at_most' : 'target_at_least', pct: formatPercent(kpi.target) };
}

/** The hash-router path of the list behind a tile: `/<resource>?filter=<JSON>`. */
export function drillPath(drill: Kpi['drill']): string {
  return listPath(drill.resource, drill.filter);
}

/** The trend as sparkline data on 0–100 (one decimal); a month with nothing to count stays null, a gap, not a false 0. */
export function trendSeries(trend: Kpi['trend']): { months: string[]; values: (number | null)[] } {
  return {
    months: trend.map((p) => p.month),
    values: trend.map((p) => (p.value == null ? null : Math.round(p.value * 1000) / 10)),
  };
}

/**
 * The top of a trend's scale in percent: 0–100 for shares that should be high; for one that should stay low (churn,
 * a few percent) twice the target or a little above the highest month, so its bars are not flattened to nothing.
 */
export function trendCeiling(kpi: Pick<Kpi, 'target' | 'lower_is_better'>, values: readonly (number | null)[]): number {
  if (!kpi.lower_is_better) return 100;
  const highest = Math.max(0, ...values.filter((v): v is number => v != null));
  return Math.min(100, Math.max(kpi.target * 200, highest * 1.15));
}
