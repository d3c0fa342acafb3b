import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatMoney } from '../../../i18n/formats';
import { percentOf, spendOf } from './planMath';

interface SpendBarProps {
  budget: number | null;
  actual: number | null;
  /** the card's compact line rather than the totals' larger figures */
  dense?: boolean;
}

/** Budget against actual cost: both amounts, a thin bar of the share spent, and what went over, in red. */
export function SpendBar({ budget, actual, dense = false }: SpendBarProps) {
  const translate = useTranslate();
  const spend = spendOf(budget, actual);
  const over = spend.over > 0;
  const note = !spend.settled
    ? translate('crm.plan.spend.pending')
    : over
      ? translate('crm.plan.spend.over', { amount: formatMoney(spend.over) })
      : spend.ratio !== null
        ? translate('crm.plan.spend.used', { percent: percentOf(actual ?? 0, budget ?? 0) })
        : '';
  return (
    <Box sx={{ minWidth: 0 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', columnGap: 1 }}>
        <Typography variant={dense ? 'caption' : 'body2'} color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
          {budget !== null && budget > 0 ? translate('crm.plan.spend.budget', { amount: formatMoney(budget) }) : translate('crm.plan.spend.no_budget')}
        </Typography>
        {spend.settled && (
          <Typography variant={dense ? 'caption' : 'body2'} sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 500 }}>
            {translate('crm.plan.spend.actual', { amount: formatMoney(actual) })}
          </Typography>
        )}
      </Box>
      <LinearProgress
        variant="determinate"
        value={spend.bar}
        color={over ? 'error' : 'primary'}
        aria-label={note}
        sx={{ my: 0.5, height: dense ? 4 : 6, borderRadius: 3 }}
      />
      {note && (
        <Typography variant="caption" color={over ? 'error' : 'text.secondary'} component="div">
          {note}
        </Typography>
      )}
    </Box>
  );
}
