import { lazy, Suspense, useState } from 'react';
import { Alert, Box, Button, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Title, useNotify, useTranslate } from 'react-admin';
import { useProfile } from '../../auth/useProfile';
import { useFollowUpApi } from '../../resources/follow_ups/followUpsApi';
import { PeriodPicker } from './PeriodPicker';
import { TotalsTiles } from './TotalsTiles';
import { BreakdownTable } from './BreakdownTable';
import { chinaToday, shiftDay, type ReportPeriod } from './reportPeriod';

const TrendChart = lazy(() => import('./TrendChart').then((m) => ({ default: m.TrendChart })));

/**
 * 回访周报 / 月报 (seed 001): the follow-ups due in a week or month, how many were done and reached, the
 * scores (average, CSAT, NPS), complaints they opened; by staff and by reason, and the trend before.
 */
export function FollowUpReportPage() {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.followups.report.${key}`, args);
  const api = useFollowUpApi();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const profile = useProfile();
  const [period, setPeriod] = useState<ReportPeriod>('week');
  const [day, setDay] = useState(chinaToday());
  const { data, error, isFetching } = useQuery({ queryKey: ['follow_ups', 'report', period, day], queryFn: () => api.report(period, day) });
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

  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Title title={t('title')} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mb: 2, justifyContent: 'space-between', alignItems: { sm: 'center' } }}>
        <PeriodPicker
          period={period}
          range={data ? { from: data.from, to: data.to } : null}
          onPeriod={setPeriod}
          onStep={(step) => setDay((d) => shiftDay(period, d, step))}
          onCurrent={() => setDay(chinaToday())}
        />
        {manager && <Button size="small" variant="outlined" onClick={() => void generate()}>{t('generate')}</Button>}
      </Stack>
      {isFetching && <LinearProgress sx={{ mb: 1 }} />}
      {error && <Alert severity="error">{t('load_failed', { reason: error.message })}</Alert>}
      {data && (
        <Stack spacing={2}>
          <TotalsTiles totals={data.totals} />
          {data.totals.due === 0 && <Alert severity="info">{t('empty')}</Alert>}
          <Card variant="outlined">
            <CardContent>
              <Typography variant="subtitle1" gutterBottom>{t('trend')}</Typography>
              <Suspense fallback={<LinearProgress />}><TrendChart trend={data.trend} period={data.period} /></Suspense>
            </CardContent>
          </Card>
          {data.by_staff.length > 0 && (
            <Card variant="outlined">
              <CardContent>
                <Typography variant="subtitle1" gutterBottom>{t('by_staff')}</Typography>
                <BreakdownTable heading={t('staff')} rows={data.by_staff.map((r) => ({ ...r, name: r.staff_name ?? t('nobody') }))} />
              </CardContent>
            </Card>
          )}
          {data.by_reason.length > 0 && (
            <Card variant="outlined">
              <CardContent>
                <Typography variant="subtitle1" gutterBottom>{t('by_reason')}</Typography>
                <BreakdownTable heading={t('reason')} rows={data.by_reason.map((r) => ({ ...r, name: translate(`enums.follow_up_reason.${r.reason}`, { _: r.reason }) }))} />
              </CardContent>
            </Card>
          )}
        </Stack>
      )}
    </Box>
  );
}

FollowUpReportPage.path = '/followup-report';
