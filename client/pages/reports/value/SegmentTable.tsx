import { useTranslate } from 'react-admin';
import { drillPath } from '../../dashboard/kpiFormat';
import { ReportTable, type ReportColumn } from '../kit/ReportTable';
import type { ValueSegmentRow } from './valueApi';

/** The segments with their averages (the tiles above carry each one's reading and suggestion), exportable. */
export function SegmentTable({ rows }: { rows: ValueSegmentRow[] }) {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.value.${key}`, args);
  const c = (key: string) => t(`columns.${key}`);
  const columns: ReportColumn<ValueSegmentRow>[] = [
    { key: 'segment', label: c('segment'), value: (r) => t(`segments.${r.segment}`) },
    { key: 'count', label: c('count'), kind: 'int', value: (r) => r.count },
    { key: 'share', label: c('share'), kind: 'percent', value: (r) => r.share },
    { key: 'avg_r', label: c('avg_r'), kind: 'decimal', value: (r) => r.avg_r },
    { key: 'avg_f', label: c('avg_f'), kind: 'decimal', value: (r) => r.avg_f },
    { key: 'avg_m', label: c('avg_m'), kind: 'decimal', value: (r) => r.avg_m },
    { key: 'recency', label: c('recency'), kind: 'int', value: (r) => (r.avg_recency_days == null ? null : Math.round(r.avg_recency_days)) },
    { key: 'frequency', label: c('frequency'), kind: 'decimal', value: (r) => r.avg_frequency },
    { key: 'avg_monetary', label: c('avg_monetary'), kind: 'money', value: (r) => r.avg_monetary },
    { key: 'total_monetary', label: c('total_monetary'), kind: 'money', value: (r) => r.total_monetary },
  ];
  return (
    <ReportTable
      testId="value-segments" title={t('segment_table')} subtitle={t('segment_subtitle')} columns={columns} rows={rows}
      rowLink={(r) => (r.count ? drillPath(r.drill) : null)}
    />
  );
}
