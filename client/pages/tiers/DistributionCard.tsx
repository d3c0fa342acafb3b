import { lazy, Suspense } from 'react';
import { Alert, Box, Card, CardContent, CardHeader, CircularProgress, Typography, useTheme } from '@mui/material';
import BarChartIcon from '@mui/icons-material/BarChart';
import { useLocaleState, useTranslate } from 'react-admin';
import type { PreviewResult } from '../../loyalty/loyaltyApi';
import { wholeNumber, type DraftTier } from './draft';
import type { LadderStep } from './histogram';
import { tierName } from './tierNames';

// the charts library is heavy: loaded with the first chart, not with the app
const MembersChart = lazy(() => import('./MembersChart').then((m) => ({ default: m.MembersChart })));
const PointsHistogram = lazy(() => import('./PointsHistogram').then((m) => ({ default: m.PointsHistogram })));

const waiting = (
  <Box sx={{ height: 260, display: 'grid', placeItems: 'center' }}>
    <CircularProgress size={28} />
  </Box>
);

interface DistributionCardProps {
  tiers: DraftTier[];
  /** the last what-if of the draft, else null */
  preview: PreviewResult | null;
  /** the what-if of the rules in force, for today's histogram; null: no histogram (the what-if is for managers) */
  baseline: { data?: PreviewResult; isPending: boolean; isError: boolean } | null;
}

/**
 * Members per tier and the histogram of qualifying points, the draft's thresholds marked on it as they are typed;
 * after a what-if, its histogram (the draft may count points differently) and its counts per tier.
 */
export function DistributionCard({ tiers, preview, baseline }: DistributionCardProps) {
  const translate = useTranslate();
  const theme = useTheme();
  const [locale] = useLocaleState();
  const steps: LadderStep[] = tiers.flatMap((t) => {
    const points = wholeNumber(t.threshold_points);
    if (!t.active || points === null) return [];
    const color = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(t.color) ? t.color : theme.palette.grey[500];
    return [{ name: tierName({ name: t.name || t.code, name_en: t.name_en }, locale), points, color }];
  });
  const histogram = preview?.histogram ?? baseline?.data?.histogram;
  const heading = (key: string) => (
    <Typography variant="body2" component="h3" sx={{ fontWeight: 600, mb: 0.5 }}>
      {translate(key)}
    </Typography>
  );
  return (
    <Card>
      <CardHeader
        avatar={<BarChartIcon color="primary" />}
        title={translate('crm.tiers.chart.title')}
        subheader={preview ? translate('crm.tiers.chart.showing_preview') : undefined}
        slotProps={{ title: { variant: 'subtitle1', component: 'h2', fontWeight: 600 } }}
      />
      <CardContent sx={{ pt: 0, display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: baseline ? 'minmax(0, 2fr) minmax(0, 3fr)' : 'minmax(0, 1fr)' } }}>
        <Box sx={{ minWidth: 0 }}>
          {heading('crm.tiers.chart.members_title')}
          <Suspense fallback={waiting}>
            <MembersChart tiers={tiers} after={preview?.tiers ?? null} />
          </Suspense>
        </Box>
        {baseline && (
          <Box sx={{ minWidth: 0 }} data-testid="points-histogram">
            {heading('crm.tiers.chart.histogram_title')}
            {histogram && histogram.length > 0 ? (
              <Suspense fallback={waiting}>
                <PointsHistogram buckets={histogram} steps={steps} />
              </Suspense>
            ) : baseline.isPending && !preview ? (
              waiting
            ) : (
              <Alert severity="info">{translate(baseline.isError ? 'crm.tiers.chart.histogram_unavailable' : 'crm.tiers.chart.histogram_empty')}</Alert>
            )}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
