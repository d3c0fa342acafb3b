import { lazy, Suspense } from 'react';
import { Card, CardContent, Skeleton, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDate } from '../../../i18n/formats';
import { useLookups } from '../../../lookups/useLookups';
import { lookupLabel } from '../../../lookups/lookupLabel';
import { ReportLayout } from '../kit/ReportLayout';
import { useReport } from '../kit/useReport';
import { SatisfactionTable } from './SatisfactionTable';
import type { SatisfactionReport } from './satisfactionApi';

const SatisfactionCharts = lazy(() => import('./SatisfactionCharts').then((m) => ({ default: m.SatisfactionCharts })));

/**
 * 满意度趋势: each service item's mean score per month over the 12 months ending with the chosen range, and the
 * month's CSAT against its target; a sales consultant sees their own customers'. A month opens its low scores.
 */
export function SatisfactionPage() {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.satisfaction.${key}`, args);
  const [locale] = useLocaleState();
  const { lookups } = useLookups();
  const { filters, setFilters, today, data, error, isFetching } = useReport<SatisfactionReport>('satisfaction', 'month');
  const labelOf = (code: string) => lookupLabel(lookups, 'service_item', code, locale);
  return (
    <ReportLayout
      title={t('title')} lead={t('lead')} filters={filters} onFilters={setFilters} today={today}
      scope={data && { scope: data.scope, from: data.from, to: data.to }} isFetching={isFetching} error={error} testId="satisfaction-report"
    >
      {data && (
        <Stack sx={{ gap: 2 }}>
          <Card variant="outlined" sx={{ breakInside: 'avoid' }}>
            <CardContent>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="satisfaction-scope">
                {t('months', { from: data.months[0], to: data.months[data.months.length - 1] })} · {t('until', { to: formatDate(data.to, locale) })}
              </Typography>
              <Suspense fallback={<Skeleton variant="rectangular" height={300} />}><SatisfactionCharts report={data} labelOf={labelOf} /></Suspense>
            </CardContent>
          </Card>
          <SatisfactionTable report={data} labelOf={labelOf} />
        </Stack>
      )}
    </ReportLayout>
  );
}

SatisfactionPage.path = '/reports/satisfaction';
