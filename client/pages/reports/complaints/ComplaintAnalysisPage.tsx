import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useLookupChoices } from '../../../lookups/useLookups';
import { ReportLayout } from '../kit/ReportLayout';
import { useReport } from '../kit/useReport';
import { ComplaintTiles } from './ComplaintTiles';
import { ComplaintBreakdown } from './ComplaintBreakdown';
import type { BreakdownRow } from './complaintRows';
import type { ComplaintAnalysis, ComplaintGroup } from './complaintApi';

/**
 * 投诉分析: complaints received in a range by category, department and month, with first-response and resolution
 * against their SLA and the median times; every bar and row opens the complaints behind it.
 */
export function ComplaintAnalysisPage() {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.reports.complaints.${key}`, args);
  const { filters, setFilters, today, data, error, isFetching } = useReport<ComplaintAnalysis>('complaints', 'year');
  const { choices: categories } = useLookupChoices('complaint_category');
  const { choices: departments } = useLookupChoices('department');
  const named = (choices: { id: unknown; name: string }[], groups: ComplaintGroup[]): BreakdownRow[] =>
    groups.map((g) => ({ ...g, label: g.code == null ? t('unassigned') : (choices.find((c) => String(c.id) === g.code)?.name ?? g.code) }));
  return (
    <ReportLayout
      title={t('title')} lead={t('lead')} filters={filters} onFilters={setFilters} today={today}
      scope={data && { scope: data.scope, from: data.from, to: data.to }} isFetching={isFetching} error={error} testId="complaint-report"
    >
      {data && (
        <>
          <Box sx={{ display: 'grid', gap: 2, mb: 2, gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(5, 1fr)' }, '@media print': { gridTemplateColumns: 'repeat(5, 1fr)' } }}>
            <ComplaintTiles totals={data.totals} />
          </Box>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', xl: 'minmax(0, 1fr) minmax(0, 1fr)' }, '@media print': { gridTemplateColumns: 'minmax(0, 1fr)' } }}>
            <ComplaintBreakdown testId="by-category" title={t('by_category')} column={t('columns.category')} rows={named(categories, data.by_category)} />
            <ComplaintBreakdown testId="by-department" title={t('by_department')} column={t('columns.department')} rows={named(departments, data.by_department)} />
            <Box sx={{ gridColumn: { xl: '1 / -1' }, minWidth: 0 }}>
              <ComplaintBreakdown testId="by-month" title={t('by_month')} column={t('columns.month')} rows={data.by_month.map((m) => ({ ...m, label: m.month }))} />
            </Box>
          </Box>
        </>
      )}
    </ReportLayout>
  );
}

ComplaintAnalysisPage.path = '/reports/complaints';
