import { Alert, Box, Stack, Typography } from '@mui/material';
import { useSearchParams } from 'react-router-dom';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDate } from '../../../i18n/formats';
import { ReportLayout } from '../kit/ReportLayout';
import { useReport } from '../kit/useReport';
import { FlagTable } from './FlagTable';
import { MovementMatrix } from './MovementMatrix';
import { RfGrid } from './RfGrid';
import { SegmentTable } from './SegmentTable';
import { SegmentTiles } from './SegmentTiles';
import { ValueMonthPicker } from './ValueMonthPicker';
import { ValueTotals } from './ValueTotals';
import { MONTH, type ValueReport } from './valueApi';

/**
 * 客户价值分析: one month's RFM snapshot of the owners (server/domain/value) as segment tiles with their reading
 * and suggestion, the segment table, the R × F grid, seed 002's valuable-customer rules and who moved since the
 * month before; the month is kept in the address (`month`), every number opens its customers.
 */
export function ValuePage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.value.${key}`, args);
  const [params, setParams] = useSearchParams();
  const asked = params.get('month');
  const month = asked && MONTH.test(asked) ? asked : undefined;
  const { filters, setFilters, today, data, error, isFetching } = useReport<ValueReport>('value', 'year', month ? { month } : {});
  const choose = (next: string) => setParams((current) => {
    const p = new URLSearchParams(current);
    p.set('month', next);
    return p;
  }, { replace: true });
  return (
    <ReportLayout
      title={t('title')} lead={t('lead')} filters={filters} onFilters={setFilters} today={today}
      scope={data && { scope: data.scope, from: data.from, to: data.to }} isFetching={isFetching} error={error} testId="value-report"
      extraFilters={data && <ValueMonthPicker months={data.months} value={data.month} onChange={choose} />}
    >
      {data && (data.month === null || !data.as_of ? <Alert severity="info">{t('no_snapshot')}</Alert> : (
        <Stack sx={{ gap: 2 }}>
          <Typography variant="body2" color="text.secondary" data-testid="value-as-of">
            {data.month} · {t('as_of', { day: formatDate(data.as_of, locale) })}{data.previous && ` · ${t('compared', { month: data.previous })}`}
          </Typography>
          <Box>
            <ValueTotals total={data.total} />
            <SegmentTiles rows={data.segments} />
          </Box>
          <SegmentTable rows={data.segments} />
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 1fr) minmax(0, 1fr)' }, '@media print': { gridTemplateColumns: 'minmax(0, 1fr)' } }}>
            <RfGrid cells={data.grid} />
            <FlagTable rows={data.flags} />
          </Box>
          <MovementMatrix report={data} segments={data.segments.map((s) => s.segment)} />
        </Stack>
      ))}
    </ReportLayout>
  );
}

ValuePage.path = '/reports/value';
