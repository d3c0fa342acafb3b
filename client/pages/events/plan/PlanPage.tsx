import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Box, Button, CircularProgress, LinearProgress } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { cancelledCount, chinaQuarter, chinaYear, planSummary, planYear } from './planMath';
import { PlanSummaryCard } from './PlanSummaryCard';
import { PlanToolbar } from './PlanToolbar';
import { QuarterColumn } from './QuarterColumn';
import { YearResultsCard } from './YearResultsCard';
import { YearTotalsCard } from './YearTotalsCard';
import { useYearPlan } from './useYearPlan';
import { PAGE_PATHS } from '../../pagePaths';

/**
 * CS活动企划: one year's plan (title, state, goals, budget), its totals and results, and its four quarters side
 * by side, each with the plan's theme, goals and budget, its own totals and results and its events as cards
 * that open the event. `?year=` picks the year.
 */
export function PlanPage() {
  const translate = useTranslate();
  const [params, setParams] = useSearchParams();
  const now = useMemo(() => new Date(), []);
  const year = planYear(params.get('year'), now);
  const thisYear = chinaYear(now);
  const { data, error, isPending, isPlaceholderData, refetch } = useYearPlan(year);
  const plan = planSummary(data?.plan ?? null);

  return (
    <Box sx={{ py: 2, maxWidth: 1600, minWidth: 0 }}>
      <Title title="crm.plan.title" />
      <PlanToolbar year={year} thisYear={thisYear} onYear={(y) => setParams(y === thisYear ? {} : { year: String(y) })} />
      <Box sx={{ height: 4, mb: 1 }}>{isPlaceholderData && <LinearProgress />}</Box>
      {isPending ? (
        <Box sx={{ py: 6, textAlign: 'center' }}>
          <CircularProgress size={28} />
        </Box>
      ) : error && !data ? (
        <Alert severity="error" action={<Button color="inherit" onClick={() => void refetch()}>{translate('crm.app.retry')}</Button>}>
          {translate('crm.plan.load_failed', { year, reason: error.message })}
        </Alert>
      ) : data ? (
        <Box sx={{ opacity: isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
          <Box sx={{ display: 'grid', gap: 2, mb: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 7fr) minmax(0, 5fr)' } }}>
            <PlanSummaryCard year={data.year} plan={plan} />
            <YearTotalsCard
              totals={data.totals}
              cancelled={cancelledCount(data.quarters.flatMap((q) => q.events))}
              planBudget={plan?.budget ?? null}
            />
          </Box>
          <Box sx={{ mb: 2 }}>
            <YearResultsCard results={data.results} />
          </Box>
          <Box
            sx={{
              display: 'grid', gap: 2, alignItems: 'start',
              gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(4, minmax(0, 1fr))' },
            }}
          >
            {data.quarters.map((quarter) => (
              <QuarterColumn key={quarter.quarter} quarter={quarter} current={data.year === thisYear && quarter.quarter === chinaQuarter(now)} />
            ))}
          </Box>
        </Box>
      ) : null}
    </Box>
  );
}

PlanPage.path = PAGE_PATHS.plan;
