import { lazy, Suspense } from 'react';
import { Box, Card, CardContent, Chip, LinearProgress, Stack, Tooltip, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { useCareCalls } from '../../resources/appointments/appointmentsApi';
import { lastTwelveMonths } from './successMonths';

const SuccessChart = lazy(() => import('./SuccessChart').then((m) => ({ default: m.SuccessChart })));

/** 预约成功率 this month against the target (seed 002: from 50% to 80%), and the last twelve months as bars. */
export function SuccessRateCard({ advisorId }: { advisorId: number | null }) {
  const translate = useTranslate();
  const calls = useCareCalls();
  const { from, to } = lastTwelveMonths();
  const { data } = useQuery({
    queryKey: ['appointments', 'stats', from, to, advisorId],
    queryFn: () => calls.successRates(from, to, advisorId),
  });
  const current = data?.months[data.months.length - 1];
  const rate = current?.rate ?? null;
  const onTarget = data && rate !== null && rate >= data.target;
  return (
    <Card data-testid="success-rate">
      <CardContent>
        <Stack direction="row" alignItems="center" spacing={1} sx={{ mb: 1 }}>
          <Tooltip title={translate('crm.appointments.stats.hint')}>
            <Typography variant="h6" sx={{ flex: 1 }}>{translate('crm.appointments.stats.title')}</Typography>
          </Tooltip>
          {data ? <Chip size="small" label={translate('crm.appointments.stats.target', { target: data.target })} /> : null}
        </Stack>
        {!data ? <LinearProgress /> : (
          <>
            <Stack direction="row" alignItems="baseline" spacing={1}>
              <Typography variant="body2" color="text.secondary">{translate('crm.appointments.stats.this_month')}</Typography>
              <Typography variant="h4" color={onTarget ? 'success.main' : 'warning.main'}>{rate === null ? '–' : `${rate}%`}</Typography>
              {rate !== null ? (
                <Chip size="small" color={onTarget ? 'success' : 'warning'} label={translate(onTarget ? 'crm.appointments.stats.reached' : 'crm.appointments.stats.below')} />
              ) : null}
            </Stack>
            <Typography variant="body2" color="text.secondary">
              {current && current.settled
                ? `${translate('crm.appointments.stats.arrived')} ${current.arrived} · ${translate('crm.appointments.stats.failed')} ${current.no_show + current.cancelled} · ${translate('crm.appointments.stats.open')} ${current.open}`
                : translate('crm.appointments.stats.none')}
            </Typography>
            <Typography variant="body2" sx={{ mt: 2 }}>
              {translate('crm.appointments.stats.last_months')}: {data.total.rate === null ? '–' : `${data.total.rate}%`}
            </Typography>
            <Box sx={{ minHeight: 200 }}>
              <Suspense fallback={<LinearProgress />}>
                <SuccessChart months={data.months} target={data.target} />
              </Suspense>
            </Box>
          </>
        )}
      </CardContent>
    </Card>
  );
}
