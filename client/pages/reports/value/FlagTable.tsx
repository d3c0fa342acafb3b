import { useTranslate } from 'react-admin';
import { drillPath } from '../../dashboard/kpiFormat';
import { ReportTable, type ReportColumn } from '../kit/ReportTable';
import type { ValueFlagRow } from './valueApi';

/** Seed 002's valuable-customer rules, each with the customers meeting it; a row opens them. */
export function FlagTable({ rows }: { rows: ValueFlagRow[] }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`crm.value.${key}`);
  const columns: ReportColumn<ValueFlagRow>[] = [
    { key: 'rule', label: t('columns.rule'), value: (r) => t(`flags.${r.flag}`) },
    { key: 'count', label: t('columns.count'), kind: 'int', value: (r) => r.count },
    { key: 'share', label: t('columns.share'), kind: 'percent', value: (r) => r.share },
  ];
  return (
    <ReportTable
      testId="value-flags" title={t('flags_title')} subtitle={t('flags_subtitle')} columns={columns} rows={rows}
      rowLink={(r) => (r.count ? drillPath(r.drill) : null)}
    />
  );
}
