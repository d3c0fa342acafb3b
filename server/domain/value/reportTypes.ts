import type { Flag } from './flags.js';
import type { Segment } from './segments.js';

/**
 * The customer-value report (客户价值分析, issue 8 part 4): one month's RFM snapshot of the owners the filters
 * keep, by segment, by R × F, by seed 002's valuable-customer rule, and who moved between segments since the
 * month before. Every number opens the customers behind it through `drill` (the customers list's filter).
 */
export interface ValueDrill {
  resource: 'customers';
  filter: Record<string, unknown>;
}

export interface ValueSegmentRow {
  segment: Segment;
  count: number;
  /** of the month's scored customers, 0–1 */
  share: number;
  avg_r: number | null;
  avg_f: number | null;
  avg_m: number | null;
  avg_recency_days: number | null;
  avg_frequency: number | null;
  avg_monetary: number | null;
  total_monetary: number;
  drill: ValueDrill;
}

export interface ValueGridCell { r: number; f: number; count: number; share: number; drill: ValueDrill }
export interface ValueFlagRow { flag: Flag; count: number; share: number; drill: ValueDrill }
/** `from` null: not scored the month before (a new owner) */
export interface ValueMove { from: Segment | null; to: Segment; count: number; drill: ValueDrill }

export interface ValueReport {
  from: string;
  to: string;
  scope: 'department' | 'own';
  /** the snapshot shown (null: none written yet), the day it was computed as of, and the month compared with */
  month: string | null;
  as_of: string | null;
  previous: string | null;
  /** the months with a snapshot, newest first, for the month picker */
  months: string[];
  /** `flagged`: those meeting at least one valuable-customer rule */
  total: { count: number; flagged: number; flagged_drill: ValueDrill; total_monetary: number; avg_monetary: number | null; drill: ValueDrill };
  segments: ValueSegmentRow[];
  grid: ValueGridCell[];
  flags: ValueFlagRow[];
  movement: { moved: number; stayed: number; entered: number; cells: ValueMove[] };
}
