import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { quarterMoney, wholeYuan } from './planResults';

interface QuarterBudgetProps {
  /** the plan's budget for the quarter */
  plan: number | null;
  /** what the quarter's events were budgeted and have cost (cancelled ones left out) */
  events: number;
  actual: number;
}

/** The quarter's budget from the plan, beside its events' budget and their actual cost, and whether the events fit in it. */
export function QuarterBudget({ plan, events, actual }: QuarterBudgetProps) {
  const translate = useTranslate();
  const money = quarterMoney(plan, events, actual);
  const rows = [
    { key: 'plan', label: translate('crm.plan.quarter.money.plan'), value: money.plan == null ? translate('crm.plan.quarter.money.unset') : wholeYuan(money.plan) },
    { key: 'events', label: translate('crm.plan.quarter.money.events'), value: wholeYuan(money.events) },
    { key: 'actual', label: translate('crm.plan.quarter.money.actual'), value: money.actual == null ? translate('crm.plan.spend.pending') : wholeYuan(money.actual) },
  ];
  return (
    <Box data-testid="plan-quarter-budget">
      <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', columnGap: 1, rowGap: 0.25 }}>
        {rows.map((row) => (
          <Box key={row.key} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="caption" color="text.secondary" noWrap>
              {row.label}
            </Typography>
            <Typography
              component="dd"
              variant="caption"
              sx={{ m: 0, textAlign: 'right', fontWeight: row.key === 'plan' ? 600 : 500, fontVariantNumeric: 'tabular-nums', color: row.value.startsWith('¥') ? 'text.primary' : 'text.secondary' }}
            >
              {row.value}
            </Typography>
          </Box>
        ))}
      </Box>
      {money.over !== null && (money.over > 0 || money.left !== null) && (
        <Typography variant="caption" component="div" color={money.over > 0 ? 'error' : 'text.secondary'} sx={{ mt: 0.25 }}>
          {money.over > 0
            ? translate('crm.plan.quarter.money.over_plan', { amount: wholeYuan(money.over) })
            : translate('crm.plan.quarter.money.left', { amount: wholeYuan(money.left) })}
        </Typography>
      )}
    </Box>
  );
}
