import { lazy, Suspense, useState } from 'react';
import { Alert, Box, LinearProgress, Paper, Skeleton, Stack, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { CrmDataProvider } from '../../../dataProvider';
import { useProfile } from '../../../auth/useProfile';
import { requestFailure } from '../../../bulk/bulkErrors';
import { formatDate } from '../../../i18n/formats';
import { useLookups } from '../../../lookups/useLookups';
import { lookupLabel } from '../../../lookups/lookupLabel';
import { chinaToday } from '../../followups/reportPeriod';
import { DashboardFilters, type DashboardFilterValues } from '../../dashboard/DashboardFilters';
import { presetRange } from '../../dashboard/dateRange';
import { SatisfactionTable } from './SatisfactionTable';

const SatisfactionCharts = lazy(() => import('./SatisfactionCharts').then((m) => ({ default: m.SatisfactionCharts })));

/**
 * 满意度趋势: each service item's mean score per month over the 12 months ending with the chosen range, and the
 * month's CSAT against its target; a sales consultant sees their own customers'. A month opens its low scores.
 */
export function SatisfactionPage() {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.satisfaction.${key}`, args);
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const profile = useProfile();
  const { lookups } = useLookups();
  const today = chinaToday();
  const [filters, setFilters] = useState<DashboardFilterValues>(() => presetRange('month', today));
  const { data, error, isFetching } = useQuery({
    queryKey: ['analytics', 'satisfaction', filters],
    queryFn: () => dataProvider.analyticsSatisfaction(filters),
    placeholderData: keepPreviousData,
  });
  const labelOf = (code: string) => lookupLabel(lookups, 'service_item', code, locale);
  const consultant = profile?.user.role === 'sales_consultant';
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 1400 }}>
      <Title title={t('title')} />
      <Stack direction="row" sx={{ alignItems: 'baseline', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1, mb: 1.5 }}>
        <Typography variant="h5" component="h1">{t('title')}</Typography>
        {data && (
          <Typography variant="body2" color="text.secondary" data-testid="satisfaction-scope">
            {translate(`crm.dashboard.scope.${data.scope}`)} · {t('months', { from: data.months[0], to: data.months[data.months.length - 1] })}
            {' · '}{t('until', { to: formatDate(data.to, locale) })}
          </Typography>
        )}
      </Stack>
      <DashboardFilters value={filters} onChange={setFilters} today={today} showOwner={Boolean(profile) && !consultant} />
      <Box sx={{ height: 4, my: 1.5 }}>{isFetching && <LinearProgress />}</Box>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('load_failed', { reason: requestFailure(error).message })}</Alert>}
      {data && (
        <Stack sx={{ gap: 2 }}>
          <Paper variant="outlined" sx={{ p: { xs: 1, sm: 2 } }}>
            <Suspense fallback={<Skeleton variant="rectangular" height={300} />}><SatisfactionCharts report={data} labelOf={labelOf} /></Suspense>
          </Paper>
          <Paper variant="outlined" sx={{ p: { xs: 1, sm: 2 } }}>
            <Typography variant="subtitle2" color="text.secondary" sx={{ mb: 1 }}>{t('table_hint')}</Typography>
            <SatisfactionTable report={data} labelOf={labelOf} />
          </Paper>
        </Stack>
      )}
    </Box>
  );
}

SatisfactionPage.path = '/reports/satisfaction';
