import type { CellKind } from '../kit/cellFormat';
import type { EventMeasure, EventScore } from './eventComparisonApi';

/** A row of the comparison: which figure, how it reads, and which way is better (none: not a contest). */
export interface MeasureRow {
  key: EventMeasure | 'answers';
  kind: CellKind;
  better?: 'high' | 'low';
}

export const MEASURES: MeasureRow[] = [
  { key: 'invited', kind: 'int', better: 'high' },
  { key: 'confirmed', kind: 'int', better: 'high' },
  { key: 'attended', kind: 'int', better: 'high' },
  { key: 'attendance_rate', kind: 'percent', better: 'high' },
  { key: 'show_rate', kind: 'percent', better: 'high' },
  { key: 'satisfaction', kind: 'decimal', better: 'high' },
  { key: 'answers', kind: 'int' },
  { key: 'referrals', kind: 'int', better: 'high' },
  { key: 'service_visits', kind: 'int', better: 'high' },
  { key: 'service_revenue', kind: 'money', better: 'high' },
  { key: 'purchases', kind: 'int', better: 'high' },
  { key: 'purchase_revenue', kind: 'money', better: 'high' },
  { key: 'revenue', kind: 'money', better: 'high' },
  { key: 'budget', kind: 'money' },
  { key: 'actual_cost', kind: 'money' },
  { key: 'budget_variance', kind: 'money', better: 'low' },
  { key: 'cost_per_attendee', kind: 'money', better: 'low' },
];

export const valueOf = (e: EventScore, key: MeasureRow['key']): number | null => e[key];

/**
 * The best value of a row among the events, or null when there is no contest: a row without a direction, fewer
 * than two events with a value, or all of them equal.
 */
export function bestOf(row: MeasureRow, events: readonly EventScore[]): number | null {
  if (!row.better) return null;
  const values = events.map((e) => valueOf(e, row.key)).filter((v): v is number => v != null);
  if (values.length < 2 || values.every((v) => v === values[0])) return null;
  return row.better === 'high' ? Math.max(...values) : Math.min(...values);
}
