import { lazy, Suspense } from 'react';
import { Box, Skeleton, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { useLookups } from '../../../lookups/useLookups';
import { lookupLabel } from '../../../lookups/lookupLabel';
import { ReportLayout } from '../kit/ReportLayout';
import { useReport } from '../kit/useReport';
import { ProspectTiles } from './ProspectTiles';
import { ProspectBreakdown } from './ProspectBreakdown';
import { BREAKDOWNS, breakdownRows, type Labellers, type ProspectAnalysis, type ProspectRow } from './prospectRows';

const ProspectTrend = lazy(() => import('./ProspectCharts').then((m) => ({ default: m.ProspectTrend })));

/**
 * 意向客户（A卡）分析: the cards opened in a range by visit reason, consultant, intended model, purchase time,
 * district, purchase type and source, how many became owners and how fast, and the conversion of the last 12
 * months' cards; every tile, bar and name opens the customers behind it.
 */
export function ProspectsPage() {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.prospects.${key}`, args);
  const [locale] = useLocaleState();
  const { lookups } = useLookups();
  const { filters, setFilters, today, data, error, isFetching } = useReport<ProspectAnalysis>('prospects');
  const labellers: Labellers = {
    lookup: (type, code) => lookupLabel(lookups, type, code, locale),
    enumLabel: (list, code) => translate(`enums.${list}.${code}`, { _: code }),
    notRecorded: t('not_recorded'),
    unassigned: t('unassigned'),
  };
  const totals: ProspectRow | undefined = data && { ...data.totals, label: translate('crm.report_kit.total') };
  const months: ProspectRow[] = data?.by_month.map((m) => ({ ...m, label: m.month })) ?? [];
  // a consultant sees only their own cards: a by-consultant breakdown would be one row, themselves
  const shown = BREAKDOWNS.filter((b) => !(b === 'by_owner' && data?.scope === 'own'));
  return (
    <ReportLayout
      testId="prospects-report"
      title={t('title')}
      lead={t('lead')}
      filters={filters}
      onFilters={setFilters}
      today={today}
      scope={data && { scope: data.scope, from: data.from, to: data.to }}
      isFetching={isFetching}
      error={error}
    >
      {data && totals && (
        <>
          <Box sx={{ display: 'grid', gap: 2, mb: 2, gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, 1fr)' } }}>
            <ProspectTiles totals={data.totals} />
          </Box>
          <Box sx={{ mb: 2 }}>
            <ProspectBreakdown
              testId="by_month" title={t('trend')} column={t('columns.by_month')} rows={months}
              totals={{ ...totals, ...sumOf(months), label: t('months_total') }}
              chart={(
                <>
                  <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 0.5 }}>{t('trend_note')}</Typography>
                  <Suspense fallback={<Skeleton variant="rectangular" height={300} />}><ProspectTrend rows={months} months={data.by_month.map((m) => m.month)} /></Suspense>
                </>
              )}
            />
          </Box>
          <Box sx={{ display: 'grid', gap: 2, alignItems: 'start', gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' } }}>
            {shown.map((b, i) => (
              // the last one fills the row when it would stand alone
              <Box key={b} sx={{ minWidth: 0, gridColumn: i === shown.length - 1 && shown.length % 2 === 1 ? { md: '1 / -1' } : undefined }}>
                <ProspectBreakdown testId={b} title={t(`sections.${b}`)} column={t(`columns.${b}`)} rows={breakdownRows(data, b, labellers)} totals={totals} />
              </Box>
            ))}
          </Box>
        </>
      )}
    </ReportLayout>
  );
}

/** The 12 months' totals (their range differs from the report's): counts summed, the rate recomputed, no median. */
function sumOf(rows: ProspectRow[]): Pick<ProspectRow, 'opened' | 'prospects' | 'converted' | 'conversion_rate' | 'median_days'> {
  const opened = rows.reduce((s, r) => s + r.opened, 0);
  const converted = rows.reduce((s, r) => s + r.converted, 0);
  return { opened, converted, prospects: opened - converted, conversion_rate: opened ? converted / opened : null, median_days: null };
}

ProspectsPage.path = '/reports/prospects';
