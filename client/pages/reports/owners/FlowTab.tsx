import { lazy, Suspense } from 'react';
import { Box, Card, CardContent, Skeleton, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatInteger } from '../../../i18n/formats';
import { drillPath } from '../../dashboard/kpiFormat';
import { ReportTable, type ReportColumn } from '../kit/ReportTable';
import { useReport } from '../kit/useReport';
import { OwnerFrame } from './OwnerFrame';
import { OwnerTile } from './OwnerTile';
import type { OwnerFlow } from './ownerRows';

const FlowChart = lazy(() => import('./OwnerCharts').then((m) => ({ default: m.FlowChart })));

type Month = OwnerFlow['months'][number];

const signed = (n: number) => (n > 0 ? `+${formatInteger(n)}` : formatInteger(n));

/** 客户流动: owners gained and lost per month, the net change and the base at each month end. */
export function FlowTab() {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.owners.${key}`, args);
  const report = useReport<OwnerFlow>('flow');
  const { data } = report;
  const c = (key: string) => t(`columns.${key}`);
  const columns: ReportColumn<Month>[] = [
    { key: 'month', label: c('month'), value: (m) => m.month },
    { key: 'gained', label: c('gained'), kind: 'int', value: (m) => m.gained.count },
    { key: 'lost', label: c('lost'), kind: 'int', value: (m) => m.lost.count },
    { key: 'net', label: c('net'), kind: 'int', value: (m) => m.net },
    { key: 'base', label: c('base'), kind: 'int', value: (m) => m.base.count },
  ];
  const last = data?.months[data.months.length - 1];
  return (
    <OwnerFrame report={report}>
      {data && last && (
        <>
          <Box sx={{ display: 'grid', gap: 2, mb: 2, gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, 1fr)' } }}>
            <OwnerTile testId="tile-gained" label={t('tiles.gained')} value={formatInteger(data.totals.gained.count)} note={t('notes.gained')} drill={data.totals.gained.drill} />
            <OwnerTile
              testId="tile-lost" label={t('tiles.lost')} value={formatInteger(data.totals.lost.count)}
              note={t('notes.lost', { months: data.no_visit_months })} drill={data.totals.lost.drill}
            />
            <OwnerTile testId="tile-net" label={t('tiles.net')} value={signed(data.totals.net)} note={t('notes.net')} />
            <OwnerTile testId="tile-base" label={t('tiles.base')} value={formatInteger(last.base.count)} note={t('notes.base', { month: last.month })} drill={last.base.drill} />
          </Box>
          <Card variant="outlined" sx={{ mb: 2, breakInside: 'avoid' }} data-testid="flow-chart">
            <CardContent>
              <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>{t('sections.flow')}</Typography>
              <Typography variant="caption" color="text.secondary">{t('subtitles.flow', { months: data.no_visit_months })}</Typography>
              <Suspense fallback={<Skeleton variant="rectangular" height={320} />}><FlowChart months={data.months} /></Suspense>
            </CardContent>
          </Card>
          <ReportTable
            testId="flow-table"
            title={t('sections.flow_table')}
            subtitle={t('subtitles.flow_table')}
            columns={columns}
            rows={data.months}
            rowLink={(m) => drillPath(m.base.drill)}
          />
        </>
      )}
    </OwnerFrame>
  );
}
