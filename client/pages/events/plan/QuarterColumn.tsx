import { Box, Chip, Paper, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { YearPlan } from './planApi';
import { PeopleCounts } from './PeopleCounts';
import { PlanEventCard } from './PlanEventCard';
import { QuarterBudget } from './QuarterBudget';
import { ResultTiles } from './ResultTiles';

type Quarter = YearPlan['quarters'][number];

const MONTHS = {
  1: 'crm.plan.quarter.months.q1',
  2: 'crm.plan.quarter.months.q2',
  3: 'crm.plan.quarter.months.q3',
  4: 'crm.plan.quarter.months.q4',
} as const;

/**
 * A quarter: its theme and goals from the plan, its budget beside its events' budget and cost, its totals
 * and results (cancelled events left out; results from the done ones) and its events in date order.
 */
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
          sx={{ mt: 0.5, fontWeight: quarter.theme ? 600 : 400, fontStyle: quarter.theme ? 'normal' : 'italic', overflowWrap: 'anywhere' }}
        >
          {quarter.theme ?? translate('crm.plan.quarter.no_theme')}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 1 }}>
          {translate('crm.plan.quarter.goals')}
        </Typography>
        <Typography
          variant="body2"
          color={quarter.goals ? 'text.primary' : 'text.secondary'}
          sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere', fontStyle: quarter.goals ? 'normal' : 'italic' }}
          data-testid={`plan-quarter-goals-${quarter.quarter}`}
        >
          {quarter.goals ?? translate('crm.plan.quarter.no_goals')}
        </Typography>
      </Box>
      {(totals.events > 0 || quarter.budget !== null) && (
        <Paper variant="outlined" sx={{ p: 1.25, display: 'flex', flexDirection: 'column', gap: 1 }}>
          <Typography variant="overline" color="text.secondary" sx={{ lineHeight: 1.5 }}>
            {totals.events > 0 ? translate('crm.plan.quarter.events', { smart_count: totals.events }) : translate('crm.plan.quarter.money.heading')}
          </Typography>
          <QuarterBudget plan={quarter.budget} events={totals.budget} actual={totals.actual_cost} />
          {totals.events > 0 && <PeopleCounts invited={totals.invited} confirmed={totals.confirmed} attended={totals.attended} dense />}
        </Paper>
      )}
      {quarter.results.events > 0 && (
        <Box data-testid={`plan-quarter-results-${quarter.quarter}`}>
          <Box sx={{ display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', columnGap: 1, mb: 0.5 }}>
            <Typography variant="overline" color="text.secondary" sx={{ lineHeight: 1.5 }}>
              {translate('crm.plan.results.quarter')}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {translate('crm.plan.results.basis', { smart_count: quarter.results.events })}
            </Typography>
          </Box>
          <ResultTiles results={quarter.results} dense />
        </Box>
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
