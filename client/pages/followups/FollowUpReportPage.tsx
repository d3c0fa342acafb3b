import { lazy, Suspense } from 'react';
import { Alert, Button, LinearProgress, Stack } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useProfile } from '../../auth/useProfile';
import { formatDate } from '../../i18n/formats';
import { useFollowUpApi, type FollowUpReport } from '../../resources/follow_ups/followUpsApi';
import { listPath } from '../tiers/links';
import { ReportLayout } from '../reports/kit/ReportLayout';
import { ReportTable } from '../reports/kit/ReportTable';
import { TotalsTiles } from './TotalsTiles';
import { measureColumns, trendColumns } from './followUpColumns';
import { useFollowUpReport } from './useFollowUpReport';

const TrendChart = lazy(() => import('./TrendChart').then((m) => ({ default: m.TrendChart })));

type Staff = FollowUpReport['by_staff'][number];
type Reason = FollowUpReport['by_reason'][number];
const drillLink = (r: { drill: { resource: string; filter: Record<string, unknown> } }) => listPath(r.drill.resource, r.drill.filter);

/**
 * 回访完成情况 (seed 001's weekly and monthly follow-up reports): the follow-ups due in the range for the customers
 * the shared filters keep, how many were done and reached, the scores (average, CSAT, NPS), complaints they
 * opened; by staff and by reason, and the weeks or months before. Every row opens the follow-ups behind it.
 */
export function FollowUpReportPage() {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.followups.report.${key}`, args);
  const [locale] = useLocaleState();
  const api = useFollowUpApi();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const profile = useProfile();
  const { filters, setFilters, today, data, error, isFetching } = useFollowUpReport();
  const manager = profile?.user.role === 'cs_manager' || profile?.user.role === 'admin';

  const generate = async () => {
    try {
      const summary = await api.generate();
      notify('crm.followups.report.generated', { type: 'success', messageArgs: { count: summary.created } });
      await queryClient.invalidateQueries({ queryKey: ['follow_ups'] });
    } catch (e) {
      notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
    }
  };
  // a week as "10-05 – 10-11" (the year only when it is not the range's): short enough not to wrap on a phone
  const dayLabel = (d: string) => (d.slice(0, 4) === data?.to.slice(0, 4) ? d.slice(5) : formatDate(d, locale));
  const periodLabel = (p: { from: string; to: string }) => (data?.period === 'month' ? p.from.slice(0, 7) : `${dayLabel(p.from)} – ${dayLabel(p.to)}`);
  const scope = data && { scope: profile?.user.role === 'sales_consultant' ? 'own' as const : 'department' as const, from: data.from, to: data.to };

  return (
    <ReportLayout
      title={t('title')} lead={t('lead')} filters={filters} onFilters={setFilters} today={today} scope={scope}
      isFetching={isFetching} error={error} testId="followup-report"
      actions={manager && <Button size="small" variant="outlined" onClick={() => void generate()} sx={{ '@media print': { display: 'none' } }}>{t('generate')}</Button>}
    >
      {data && (
        <Stack spacing={2} sx={{ '@media print': { '& .MuiTableCell-root': { px: 0.5, fontSize: '0.7rem' } } }}>
          <TotalsTiles totals={data.totals} />
          {data.totals.due === 0 && <Alert severity="info">{t('empty')}</Alert>}
          <ReportTable
            testId="followup-trend" title={t(data.period === 'month' ? 'trend_month' : 'trend_week')} rows={data.trend}
            columns={trendColumns(t, periodLabel)} rowLink={drillLink}
            chart={<Suspense fallback={<LinearProgress />}><TrendChart trend={data.trend} period={data.period} /></Suspense>}
          />
          <ReportTable<Staff>
            testId="followup-by-staff" title={t('by_staff')} rows={data.by_staff} rowLink={drillLink}
            columns={[{ key: 'staff', label: t('staff'), value: (r) => r.staff_name ?? t('nobody') }, ...measureColumns<Staff>(t)]}
          />
          <ReportTable<Reason>
            testId="followup-by-reason" title={t('by_reason')} rows={data.by_reason} rowLink={drillLink}
            columns={[{ key: 'reason', label: t('reason'), value: (r) => translate(`enums.follow_up_reason.${r.reason}`, { _: r.reason }) }, ...measureColumns<Reason>(t)]}
          />
        </Stack>
      )}
    </ReportLayout>
  );
}

FollowUpReportPage.path = '/followup-report';
