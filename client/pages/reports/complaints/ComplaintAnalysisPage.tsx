import { useState } from 'react';
import { Alert, Box, LinearProgress, Stack, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { CrmDataProvider } from '../../../dataProvider';
import { requestFailure } from '../../../bulk/bulkErrors';
import { formatDate } from '../../../i18n/formats';
import { useLookupChoices } from '../../../lookups/useLookups';
import { chinaToday } from '../../followups/reportPeriod';
import { presetRange } from '../../dashboard/dateRange';
import { ComplaintFilters } from './ComplaintFilters';
import { ComplaintTiles } from './ComplaintTiles';
import { ComplaintBreakdown, type BreakdownRow } from './ComplaintBreakdown';
import type { ComplaintGroup, ComplaintQuery } from './complaintApi';

/**
 * 投诉分析: complaints received in a range by category, department and month, with first-response and resolution
 * against their SLA and the median times; every bar and row opens the complaints behind it.
 */
export function ComplaintAnalysisPage() {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.reports.complaints.${key}`, args);
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const today = chinaToday();
  const [filters, setFilters] = useState<ComplaintQuery>(() => presetRange('year', today));
  const { data, error, isFetching } = useQuery({
    queryKey: ['analytics', 'complaints', filters],
    queryFn: () => dataProvider.analyticsComplaints(filters),
    placeholderData: keepPreviousData,
  });
  const { choices: categories } = useLookupChoices('complaint_category');
  const { choices: departments } = useLookupChoices('department');
  const named = (choices: { id: unknown; name: string }[], groups: ComplaintGroup[]): BreakdownRow[] =>
    groups.map((g) => ({ ...g, label: g.code == null ? t('unassigned') : (choices.find((c) => String(c.id) === g.code)?.name ?? g.code) }));
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 1400 }}>
      <Title title={t('title')} />
      <Stack direction="row" sx={{ alignItems: 'baseline', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1, mb: 1.5 }}>
        <Typography variant="h5" component="h1">{t('title')}</Typography>
        {data && (
          <Typography variant="body2" color="text.secondary" data-testid="complaints-scope">
            {t(`scope.${data.scope}`)} · {t('range', { from: formatDate(data.from, locale), to: formatDate(data.to, locale) })}
          </Typography>
        )}
      </Stack>
      <ComplaintFilters value={filters} onChange={setFilters} today={today} />
      <Box sx={{ height: 4, my: 1.5 }}>{isFetching && <LinearProgress />}</Box>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('load_failed', { reason: requestFailure(error).message })}</Alert>}
      {data && (
        <>
          <Box sx={{ display: 'grid', gap: 2, mb: 2, gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(5, 1fr)' } }}>
            <ComplaintTiles totals={data.totals} />
          </Box>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
            <ComplaintBreakdown testId="by-category" title={t('by_category')} column={t('columns.category')} rows={named(categories, data.by_category)} />
            <ComplaintBreakdown testId="by-department" title={t('by_department')} column={t('columns.department')} rows={named(departments, data.by_department)} />
            <Box sx={{ gridColumn: { md: '1 / -1' } }}>
              <ComplaintBreakdown testId="by-month" title={t('by_month')} column={t('columns.month')} rows={data.by_month.map((m) => ({ ...m, label: m.month }))} />
            </Box>
          </Box>
        </>
      )}
    </Box>
  );
}

ComplaintAnalysisPage.path = '/reports/complaints';
