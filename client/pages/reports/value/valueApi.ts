import type { ValueDrill, ValueFlagRow, ValueGridCell, ValueMove, ValueReport, ValueSegmentRow } from '../../../../server/domain/value/reportTypes';
import type { Segment } from '../../../../server/domain/value/segments';

export type { ValueDrill, ValueFlagRow, ValueGridCell, ValueMove, ValueReport, ValueSegmentRow, Segment };

/** A colour per segment (tiles, matrix headings), warm for the valuable, cool for the fading. */
export const SEGMENT_COLORS: Record<Segment, string> = {
  champions: '#b7791f',
  loyal: '#2f855a',
  potential: '#3182ce',
  new: '#00a3c4',
  at_risk: '#dd6b20',
  cant_lose: '#c53030',
  hibernating: '#718096',
  lost: '#4a5568',
};

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The heat of a cell: its count against the largest, as a background alpha (0.06–0.85). */
export function heat(count: number, max: number): number {
  if (!count || !max) return 0;
  return Math.round((0.06 + 0.79 * (count / max)) * 100) / 100;
}
