import { Box, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatMoney } from '../../i18n/formats';
import { useMeta } from '../../meta/MetaContext';
import { byCategory, totalsOf, type BudgetLine } from './budgetMath';

const num = { fontVariantNumeric: 'tabular-nums' } as const;
const share = (actual: number | null, planned: number) => (actual == null || planned <= 0 ? 0 : Math.min(100, (actual / planned) * 100));

/** The whole budget at a glance, then one thin bar per category: how much of its plan is spent, red when over. */
export function BudgetSummary({ lines }: { lines: readonly BudgetLine[] }) {
  const translate = useTranslate();
  const { enums } = useMeta();
  const t = totalsOf(lines);
  const categories = byCategory(lines, enums.budget_category ?? []);
  return (
    <Box data-testid="budget-summary" sx={{ mb: 2 }}>
      <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 3, rowGap: 0.5, alignItems: 'baseline', mb: 0.5 }}>
        <Typography sx={num}>{translate('crm.budget.legend_planned')} <b>{formatMoney(t.planned)}</b></Typography>
        <Typography sx={num}>{translate('crm.budget.legend_actual')} <b>{t.actual == null ? translate('crm.budget.not_booked') : formatMoney(t.actual)}</b></Typography>
        {t.used != null && (
          <Typography sx={{ ...num, color: t.over ? 'error.main' : 'text.secondary', fontWeight: t.over ? 600 : 400 }}>
            {t.over ? translate('crm.budget.over', { amount: formatMoney(t.variance) }) : translate('crm.budget.used', { percent: t.used })}
          </Typography>
        )}
      </Stack>
      <LinearProgress variant="determinate" value={share(t.actual, t.planned)} color={t.over ? 'error' : 'primary'} sx={{ height: 8, borderRadius: 4, mb: 1.5 }} aria-label={translate('crm.budget.title')} />
      {categories.length > 1 && (
        <Box component="dl" aria-label={translate('crm.budget.by_category')} sx={{ m: 0, display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(4, minmax(0, 1fr))' }, columnGap: 3, rowGap: 1 }}>
          {categories.map((c) => {
            const over = c.actual != null && c.actual > c.planned;
            return (
              <Box key={c.category} sx={{ minWidth: 0 }}>
                <Box component="dt" sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, typography: 'caption', color: 'text.secondary' }}>
                  <span>{translate(`enums.budget_category.${c.category}`, { _: c.category })}</span>
                  <Box component="span" sx={{ ...num, color: over ? 'error.main' : undefined }}>
                    {c.actual == null ? '' : `${formatMoney(c.actual)} / `}{formatMoney(c.planned)}
                  </Box>
                </Box>
                <Box component="dd" sx={{ m: 0 }}>
                  <LinearProgress variant="determinate" value={share(c.actual, c.planned)} color={over ? 'error' : 'primary'} sx={{ height: 4, borderRadius: 2 }} />
                </Box>
              </Box>
            );
          })}
        </Box>
      )}
    </Box>
  );
}
