import { useEffect } from 'react';
import { Alert, Box, LinearProgress, Stack, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { CrmDataProvider } from '../../dataProvider';
import { useProfile } from '../../auth/useProfile';
import { requestFailure } from '../../bulk/bulkErrors';
import { formatDate } from '../../i18n/formats';
import { DashboardFilters } from './DashboardFilters';
import { useReportFilters } from '../reports/kit/useReportFilters';
import { KpiTile, preloadKpiTrend } from './KpiTile';
import { dashboardTable } from './dashboardTable';
import { ExportTableButton } from '../reports/kit/ExportTableButton';
import { reportPrintStyles } from '../reports/kit/reportPrintStyles';

/**
 * 经营看板: the department's key figures against their targets over the chosen range, each with its last 12 months;
 * a sales consultant sees the same for their own customers. Every tile opens the customers behind its number.
 */
export function DashboardPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const profile = useProfile();
  // kept in the address, as on every report: a reload or a shared link opens the same figures
  const [filters, setFilters, today] = useReportFilters('last30');
  const { data, error, isFetching } = useQuery({
    queryKey: ['analytics', 'dashboard', filters, locale],
    queryFn: () => dataProvider.analyticsDashboard(filters),
    placeholderData: keepPreviousData,
  });
  const consultant = profile?.user.role === 'sales_consultant';
  useEffect(preloadKpiTrend, []);
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 1400 }}>
      <Title title={translate('crm.dashboard.title')} />
      {reportPrintStyles}
      <Stack direction="row" sx={{ alignItems: 'baseline', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1, mb: 1.5 }}>
        <Typography variant="h5" component="h1">{translate('crm.dashboard.title')}</Typography>
        {data && (
          <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
            <Typography variant="body2" color="text.secondary" data-testid="dashboard-scope">
              {translate(`crm.dashboard.scope.${data.scope}`)} · {translate('crm.dashboard.range', { from: formatDate(data.from, locale), to: formatDate(data.to, locale) })}
            </Typography>
            <ExportTableButton table={() => dashboardTable(data, translate)} testId="dashboard-export" />
          </Stack>
        )}
      </Stack>
      <Box sx={{ '@media print': { display: 'none' } }}>
        <DashboardFilters value={filters} onChange={setFilters} today={today} showOwner={Boolean(profile) && !consultant} />
      </Box>
      <Box sx={{ height: 4, my: 1.5 }}>{isFetching && <LinearProgress />}</Box>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{translate('crm.dashboard.load_failed', { reason: requestFailure(error).message })}</Alert>}
      {data && (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', md: 'repeat(3, 1fr)' } }}>
          {data.kpis.map((kpi) => <KpiTile key={kpi.key} kpi={kpi} />)}
        </Box>
      )}
    </Box>
  );
}

DashboardPage.path = '/dashboard';
