import type { ReportColumn } from '../reports/kit/ReportTable';
import type { FollowUpReport } from '../../resources/follow_ups/followUpsApi';

type Totals = FollowUpReport['totals'];
type Translate = (key: string) => string;

/** The server's percentages (0–100) as the kit's shares (0–1). */
const share = (v: number | null) => (v == null ? null : v / 100);

/** The measures of a breakdown row (by staff, by reason), after its first column. */
export function measureColumns<R extends Totals>(t: Translate): ReportColumn<R>[] {
  const label = (key: string) => t(`totals.${key}`);
  return [
    { key: 'due', label: label('due'), kind: 'int', value: (r) => r.due },
    { key: 'done', label: label('done'), kind: 'int', value: (r) => r.done },
    { key: 'not_reached', label: label('not_reached'), kind: 'int', value: (r) => r.not_reached },
    { key: 'overdue', label: label('overdue'), kind: 'int', value: (r) => r.overdue },
    { key: 'completion', label: label('completion'), kind: 'percent', value: (r) => share(r.completion_pct) },
    { key: 'reached', label: label('reached'), kind: 'percent', value: (r) => share(r.reached_pct) },
    { key: 'avg_score', label: label('avg_score'), kind: 'decimal', value: (r) => r.avg_score },
    { key: 'csat', label: label('csat'), kind: 'percent', value: (r) => share(r.csat) },
    { key: 'nps', label: label('nps'), kind: 'decimal', value: (r) => r.nps },
    { key: 'complaints', label: label('complaints'), kind: 'int', value: (r) => r.complaints },
  ];
}

type TrendRow = FollowUpReport['trend'][number];

/** The trend's table: the period, then due, done and the shares. */
export function trendColumns(t: Translate, periodLabel: (r: TrendRow) => string): ReportColumn<TrendRow>[] {
  const label = (key: string) => t(`totals.${key}`);
  return [
    { key: 'period', label: t('period'), value: periodLabel },
    { key: 'due', label: label('due'), kind: 'int', value: (r) => r.due },
    { key: 'done', label: label('done'), kind: 'int', value: (r) => r.done },
    { key: 'completion', label: label('completion'), kind: 'percent', value: (r) => share(r.completion_pct) },
    { key: 'avg_score', label: label('avg_score'), kind: 'decimal', value: (r) => r.avg_score },
    { key: 'csat', label: label('csat'), kind: 'percent', value: (r) => share(r.csat) },
  ];
}
