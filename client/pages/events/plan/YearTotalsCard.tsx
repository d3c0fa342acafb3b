import { Box, Card, CardContent, Divider, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatMoney } from '../../../i18n/formats';
import type { Totals } from './planApi';
import { percentOf } from './planMath';
import { PeopleCounts } from './PeopleCounts';
import { SpendBar } from './SpendBar';

interface YearTotalsCardProps {
  totals: Totals;
  cancelled: number;
  planBudget: number | null;
}

/** The year at a glance: how many events, what they were budgeted and cost, how many people were invited, said yes and came. */
export function YearTotalsCard({ totals, cancelled, planBudget }: YearTotalsCardProps) {
  const translate = useTranslate();
  const allocated = planBudget !== null ? percentOf(totals.budget, planBudget) : null;
  const confirm = percentOf(totals.confirmed, totals.invited);
  const turnout = percentOf(totals.attended, totals.confirmed);
  return (
    <Card variant="outlined" sx={{ height: '100%' }} data-testid="plan-totals">
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <Typography variant="overline" color="text.secondary" sx={{ lineHeight: 1.5 }}>
          {translate('crm.plan.totals.heading')}
        </Typography>
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'auto minmax(0, 1fr)' }, alignItems: 'start' }}>
          <Box sx={{ minWidth: 96 }}>
            <Typography variant="caption" color="text.secondary" component="div">
              {translate('crm.plan.totals.events')}
            </Typography>
            <Typography variant="h4" component="div" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
              {translate('crm.plan.totals.events_value', { smart_count: totals.events })}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="div">
              {cancelled > 0 ? translate('crm.plan.totals.cancelled', { count: cancelled }) : translate('crm.plan.totals.no_cancelled')}
            </Typography>
          </Box>
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 0.5 }}>
              {translate('crm.plan.totals.spend')}
            </Typography>
            {/* the server adds unbooked costs as 0: a year with none booked yet reads as not settled */}
            <SpendBar budget={totals.budget} actual={totals.actual_cost === 0 ? null : totals.actual_cost} />
            {allocated && (
              <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
                {translate('crm.plan.totals.allocated', { amount: formatMoney(totals.budget), percent: allocated })}
              </Typography>
            )}
          </Box>
        </Box>
        <Divider />
        <Box>
          <PeopleCounts invited={totals.invited} confirmed={totals.confirmed} attended={totals.attended} />
          {confirm && turnout && (
            <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
              {translate('crm.plan.totals.rates', { confirm, turnout })}
            </Typography>
          )}
        </Box>
      </CardContent>
    </Card>
  );
}
