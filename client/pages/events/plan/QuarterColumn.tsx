import { Box, Chip, Paper, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { YearPlan } from './planApi';
import { PeopleCounts } from './PeopleCounts';
import { PlanEventCard } from './PlanEventCard';
import { SpendBar } from './SpendBar';

type Quarter = YearPlan['quarters'][number];

const MONTHS = {
  1: 'crm.plan.quarter.months.q1',
  2: 'crm.plan.quarter.months.q2',
  3: 'crm.plan.quarter.months.q3',
  4: 'crm.plan.quarter.months.q4',
} as const;

/** A quarter: its theme from the plan, its totals (cancelled events left out) and its events in date order. */
export function QuarterColumn({ quarter, current }: { quarter: Quarter; current: boolean }) {
  const translate = useTranslate();
  const { totals } = quarter;
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label={translate('crm.plan.quarter.name', { quarter: quarter.quarter })}
      data-testid={`plan-quarter-${quarter.quarter}`}
      sx={{
        p: 1.5, minWidth: 0, display: 'flex', flexDirection: 'column', gap: 1.5, bgcolor: 'action.hover',
        borderColor: current ? 'primary.main' : 'divider', borderTopWidth: 3, borderTopColor: current ? 'primary.main' : 'divider',
      }}
    >
      <Box>
        <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="h6" component="h2" sx={{ lineHeight: 1.3 }}>
            {translate('crm.plan.quarter.name', { quarter: quarter.quarter })}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate(MONTHS[quarter.quarter])}
          </Typography>
          {current && <Chip size="small" color="primary" label={translate('crm.plan.quarter.current')} sx={{ ml: 'auto' }} />}
        </Box>
        <Typography
          variant="body2"
          color={quarter.theme ? 'text.primary' : 'text.secondary'}
          sx={{ mt: 0.5, fontStyle: quarter.theme ? 'normal' : 'italic', overflowWrap: 'anywhere' }}
        >
          {quarter.theme ?? translate('crm.plan.quarter.no_theme')}
        </Typography>
      </Box>
      {totals.events > 0 && (
        <Paper variant="outlined" sx={{ p: 1.25, display: 'flex', flexDirection: 'column', gap: 1 }}>
          <Typography variant="overline" color="text.secondary" sx={{ lineHeight: 1.5 }}>
            {translate('crm.plan.quarter.events', { smart_count: totals.events })}
          </Typography>
          {/* the server adds unbooked costs as 0: a quarter with none booked yet reads as not settled */}
          <SpendBar budget={totals.budget} actual={totals.actual_cost === 0 ? null : totals.actual_cost} dense />
          <PeopleCounts invited={totals.invited} confirmed={totals.confirmed} attended={totals.attended} dense />
        </Paper>
      )}
      {quarter.events.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 3, textAlign: 'center' }}>
          {translate('crm.plan.quarter.empty')}
        </Typography>
      ) : (
        <Stack spacing={1}>
          {quarter.events.map((event) => (
            <PlanEventCard key={event.id} event={event} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
