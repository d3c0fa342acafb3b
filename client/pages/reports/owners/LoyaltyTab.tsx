import { lazy, Suspense } from 'react';
import { Box, Skeleton } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatInteger } from '../../../i18n/formats';
import { drillPath, formatPercent } from '../../dashboard/kpiFormat';
import { ReportTable, type ReportColumn } from '../kit/ReportTable';
import { useReport } from '../kit/useReport';
import { OwnerFrame } from './OwnerFrame';
import { OwnerTile } from './OwnerTile';
import type { OwnerLoyaltyReport } from './ownerRows';

const RetentionChart = lazy(() => import('./OwnerCharts').then((m) => ({ default: m.RetentionChart })));

type Referrer = OwnerLoyaltyReport['referrals']['top'][number];
type RetentionMonth = OwnerLoyaltyReport['retention']['months'][number];

/** 忠诚度: repurchase, referrals (with the top referrers) and retention over the last 12 months. */
export function LoyaltyTab() {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.owners.${key}`, args);
  const report = useReport<OwnerLoyaltyReport>('loyalty');
  const loyalty = report.data;
  const c = (key: string) => t(`columns.${key}`);
  const referrerColumns: ReportColumn<Referrer>[] = [
    { key: 'name', label: c('referrer'), value: (r) => r.name },
    { key: 'referred', label: c('referred'), kind: 'int', value: (r) => r.referred.count },
    { key: 'bought', label: c('bought'), kind: 'int', value: (r) => r.bought },
  ];
  const retentionColumns: ReportColumn<RetentionMonth>[] = [
    { key: 'month', label: c('month'), value: (m) => m.month },
    { key: 'owners', label: c('owners'), kind: 'int', value: (m) => m.owners },
    { key: 'retained', label: c('retained'), kind: 'int', value: (m) => m.retained },
    { key: 'rate', label: c('rate'), kind: 'percent', value: (m) => m.rate },
  ];
  return (
    <OwnerFrame report={report}>
      {loyalty && (
        <>
          <Box sx={{ display: 'grid', gap: 2, mb: 2, gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(3, 1fr)', lg: 'repeat(6, 1fr)' } }}>
            <OwnerTile
              testId="tile-repurchase" label={t('tiles.repurchase_rate')} value={formatPercent(loyalty.repurchase.rate)} drill={loyalty.repurchase.repeat.drill}
              note={t('notes.repurchase_rate', { repeat: formatInteger(loyalty.repurchase.repeat.count), owners: formatInteger(loyalty.repurchase.owners.count) })}
            />
            <OwnerTile
              testId="tile-repurchased" label={t('tiles.repurchased_in_range')} value={formatInteger(loyalty.repurchase.in_range.count)}
              note={t('notes.repurchased_in_range')} drill={loyalty.repurchase.in_range.drill}
            />
            <OwnerTile testId="tile-referred" label={t('tiles.referred')} value={formatInteger(loyalty.referrals.referred.count)} note={t('notes.referred')} drill={loyalty.referrals.referred.drill} />
            <OwnerTile testId="tile-referred-bought" label={t('tiles.referred_bought')} value={formatInteger(loyalty.referrals.bought.count)} note={t('notes.referred_bought')} drill={loyalty.referrals.bought.drill} />
            <OwnerTile testId="tile-referrers" label={t('tiles.referrers')} value={formatInteger(loyalty.referrals.referrers.count)} note={t('notes.referrers')} drill={loyalty.referrals.referrers.drill} />
            <OwnerTile
              testId="tile-retention" label={t('tiles.retention')} value={formatPercent(loyalty.retention.rate)} drill={loyalty.retention.retained.drill}
              note={t('notes.retention', { retained: formatInteger(loyalty.retention.retained.count), owners: formatInteger(loyalty.retention.owners.count) })}
            />
          </Box>
          <Box sx={{ display: 'grid', gap: 2, alignItems: 'start', gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' } }}>
            <ReportTable
              testId="retention"
              title={t('sections.retention')}
              subtitle={t('subtitles.retention')}
              columns={retentionColumns}
              rows={loyalty.retention.months}
              chart={<Suspense fallback={<Skeleton variant="rectangular" height={260} />}><RetentionChart months={loyalty.retention.months} /></Suspense>}
            />
            <ReportTable
              testId="top-referrers"
              title={t('sections.top_referrers')}
              subtitle={t('subtitles.top_referrers')}
              columns={referrerColumns}
              rows={loyalty.referrals.top}
              rowLink={(r) => drillPath(r.referred.drill)}
            />
          </Box>
        </>
      )}
    </OwnerFrame>
  );
}
