import { lazy, Suspense } from 'react';
import { Box, Card, CardActionArea, CardContent, Chip, Skeleton, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import type { Kpi } from './dashboardApi';
import { drillPath, formatPercent, meetsTarget, targetLabel } from './kpiFormat';

const loadTrend = () => import('./KpiTrend');
const KpiTrend = lazy(() => loadTrend().then((m) => ({ default: m.KpiTrend })));

/** Starts loading the trend charts' code while the figures are still being asked for (the dashboard calls it on opening). */
export const preloadKpiTrend = (): void => void loadTrend();

/** One KPI: its value against the target (green on, red off), the records behind it and 12 months of trend; a click opens those records. */
export function KpiTile({ kpi }: { kpi: Kpi }) {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.dashboard.${key}`, args);
  const met = meetsTarget(kpi.value, kpi.target, kpi.lower_is_better);
  const tone = met == null ? 'text.disabled' : met ? 'success.main' : 'error.main';
  const target = targetLabel(kpi);
  return (
    <Card variant="outlined" sx={{ height: '100%', borderTop: 3, borderTopColor: tone }} data-testid={`kpi-${kpi.key}`}>
      <CardActionArea component={Link} to={drillPath(kpi.drill)} sx={{ height: '100%' }} aria-label={`${t(`kpis.${kpi.key}`)} · ${t('open_list')}`}>
        <CardContent>
          <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start', gap: 1 }}>
            <Typography variant="subtitle2" color="text.secondary">{t(`kpis.${kpi.key}`)}</Typography>
            {met != null && <Chip size="small" variant="outlined" color={met ? 'success' : 'error'} label={t(met ? 'on_target' : 'off_target')} />}
          </Stack>
          <Stack direction="row" sx={{ alignItems: 'baseline', gap: 1.5, mt: 0.5, flexWrap: 'wrap' }}>
            <Typography variant="h4" component="p" sx={{ color: tone, fontWeight: 600 }} data-testid="kpi-value">
              {kpi.value == null ? t('no_data') : formatPercent(kpi.value)}
            </Typography>
            <Typography variant="body2" color="text.secondary">{t(target.key, { pct: target.pct })}</Typography>
          </Stack>
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block', minHeight: 20 }}>
            {kpi.count > 0 ? t('count', { met: kpi.met, count: kpi.count }) : ''}
          </Typography>
          <Box sx={{ mt: 1 }}>
            <Typography variant="caption" color="text.secondary">{t('trend')}</Typography>
            <Suspense fallback={<Skeleton variant="rectangular" height={64} />}><KpiTrend kpi={kpi} /></Suspense>
          </Box>
        </CardContent>
      </CardActionArea>
    </Card>
  );
}
