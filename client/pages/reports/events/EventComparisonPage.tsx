import { lazy, Suspense } from 'react';
import { Alert, Skeleton, Stack } from '@mui/material';
import { useSearchParams } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { ReportLayout } from '../kit/ReportLayout';
import { useReport } from '../kit/useReport';
import { EventPicker } from './EventPicker';
import { EventScoreTable } from './EventScoreTable';
import { idsParam, type EventComparison } from './eventComparisonApi';

const EventRatesChart = lazy(() => import('./EventRatesChart').then((m) => ({ default: m.EventRatesChart })));

/**
 * 活动效果对比: the scorecards of up to eight events as columns (the range's last finished ones unless chosen),
 * with the shared filters narrowing the customers counted; the chosen events stay in the address (`ids`).
 */
export function EventComparisonPage() {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.eventReport.${key}`, args);
  const [params, setParams] = useSearchParams();
  const ids = idsParam(params.get('ids'));
  const { filters, setFilters, today, data, error, isFetching } = useReport<EventComparison>('events', 'year', ids ? { ids } : {});
  const choose = (next: number[] | null) => setParams((current) => {
    const p = new URLSearchParams(current);
    if (next) p.set('ids', next.join(','));
    else p.delete('ids');
    return p;
  }, { replace: true });
  return (
    <ReportLayout
      title={t('title')} lead={t('lead')} filters={filters} onFilters={setFilters} today={today}
      scope={data && { scope: data.scope, from: data.from, to: data.to }} isFetching={isFetching} error={error} testId="event-report"
      extraFilters={data && <EventPicker choices={data.choices} value={data.events} chosen={Boolean(ids)} onChange={choose} />}
    >
      {data && (
        <Stack sx={{ gap: 2 }}>
          {data.filtered && <Alert severity="info" data-testid="event-report-filtered">{t(data.scope === 'own' ? 'filtered_own' : 'filtered')}</Alert>}
          {data.events.length === 0 ? <Alert severity="info">{t('none')}</Alert> : (
            <EventScoreTable
              events={data.events}
              chart={<Suspense fallback={<Skeleton variant="rectangular" height={260} />}><EventRatesChart events={data.events} /></Suspense>}
            />
          )}
        </Stack>
      )}
    </ReportLayout>
  );
}

EventComparisonPage.path = '/reports/events';
