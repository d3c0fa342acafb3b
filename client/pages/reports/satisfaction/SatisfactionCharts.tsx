import { LineChart } from '@mui/x-charts/LineChart';
import { ChartsReferenceLine } from '@mui/x-charts/ChartsReferenceLine';
import { Box, Typography, useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { SatisfactionReport } from './satisfactionApi';
import { LOW_AVERAGE } from './satisfactionFormat';

const dashed = (stroke: string) => ({ strokeDasharray: '4 3', stroke, strokeWidth: 1 });

/**
 * Two line charts over the 12 months: each service item's mean score (1–5, the 4.0 warning line dashed), and the
 * month's CSAT (% scored 4–5) against the target. A month nobody rated leaves a gap. Lazy-loaded with the library.
 */
export function SatisfactionCharts({ report, labelOf }: { report: SatisfactionReport; labelOf: (code: string) => string }) {
  const theme = useTheme();
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.satisfaction.${key}`, args);
  const target = Math.round(report.target * 1000) / 10;
  // a 1–5 axis squeezes means that mostly sit between 3.5 and 4.5 into a flat band: start near the lowest one
  const lowest = Math.min(3, ...report.items.flatMap((i) => i.months.map((m) => m.average ?? 5)));
  const xAxis = [{ scaleType: 'point' as const, data: report.months, height: 28, valueFormatter: (m: string) => m.slice(2) }];
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' } }}>
      <Box data-testid="satisfaction-items-chart">
        <Typography variant="subtitle2" color="text.secondary">{t('items_chart')}</Typography>
        <LineChart
          height={300}
          xAxis={xAxis}
          yAxis={[{ min: Math.max(1, Math.floor(lowest)), max: 5 }]}
          series={report.items.map((item) => ({
            label: labelOf(item.code), data: item.months.map((m) => m.average), connectNulls: false, curve: 'linear' as const, valueFormatter: (v: number | null) => (v == null ? '–' : v.toFixed(2)),
          }))}
          slotProps={{ legend: { direction: 'horizontal', position: { vertical: 'bottom', horizontal: 'center' } } }}
        >
          <ChartsReferenceLine y={LOW_AVERAGE} lineStyle={dashed(theme.palette.warning.main)} />
        </LineChart>
      </Box>
      <Box data-testid="satisfaction-csat-chart">
        <Typography variant="subtitle2" color="text.secondary">{t('csat_chart', { pct: target })}</Typography>
        <LineChart
          height={300}
          xAxis={xAxis}
          yAxis={[{ min: 0, max: 100 }]}
          series={[{
            label: t('csat'), color: theme.palette.primary.main, curve: 'linear' as const,
            data: report.overall.map((m) => (m.csat == null ? null : Math.round(m.csat * 1000) / 10)), valueFormatter: (v: number | null) => (v == null ? '–' : `${v}%`),
          }]}
          hideLegend
        >
          <ChartsReferenceLine y={target} label={t('target', { pct: target })} lineStyle={dashed(theme.palette.text.secondary)} />
        </LineChart>
      </Box>
    </Box>
  );
}
