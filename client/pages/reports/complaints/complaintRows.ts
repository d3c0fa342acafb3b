import type { ReportColumn } from '../kit/ReportTable';
import type { ComplaintDrill, ComplaintGroup } from './complaintApi';

/** One row of a breakdown: its label (already translated), the figures and the list it opens. */
export type BreakdownRow = Pick<ComplaintGroup, 'count' | 'response_met' | 'response_rate' | 'resolve_met' | 'resolve_rate'> & { label: string; drill: ComplaintDrill };

/** A breakdown's columns: its own first column (category, department, month), then the SLA figures. */
export function breakdownColumns(first: string, t: (key: string) => string): ReportColumn<BreakdownRow>[] {
  return [
    { key: 'label', label: first, value: (r) => r.label },
    { key: 'count', label: t('columns.count'), kind: 'int', value: (r) => r.count },
    { key: 'response_met', label: t('columns.response_met'), kind: 'int', value: (r) => r.response_met },
    { key: 'response_rate', label: t('columns.response_rate'), kind: 'percent', value: (r) => r.response_rate },
    { key: 'resolve_met', label: t('columns.resolve_met'), kind: 'int', value: (r) => r.resolve_met },
    { key: 'resolve_rate', label: t('columns.resolve_rate'), kind: 'percent', value: (r) => r.resolve_rate },
  ];
}
