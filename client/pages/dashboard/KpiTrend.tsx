import { BarChart } from '@mui/x-charts/BarChart';
import { ChartsReferenceLine } from '@mui/x-charts/ChartsReferenceLine';
import { Stack, Typography, useTheme } from '@mui/material';
import type { Kpi } from './dashboardApi';
import { meetsTarget, trendCeiling, trendSeries } from './kpiFormat';

/**
 * The last 12 months as small bars on 0–100 % with the target as a dashed line; each bar on or off target in the
 * tile's colours, a month with nothing to count left empty. Lazy-loaded: the charts library is the page's weight.
 */
export function KpiTrend({ kpi }: { kpi: Kpi }) {
  const theme = useTheme();
  const { months, values } = trendSeries(kpi.trend);
  const colour = (i: number) => {
    const point = kpi.trend[i];
    const met = point ? meetsTarget(point.value, kpi.target, kpi.lower_is_better) : null;
    return met === false ? theme.palette.error.light : theme.palette.success.light;
  };
  return (
    <>
      <BarChart
        height={64}
        margin={{ top: 4, right: 0, bottom: 0, left: 0 }}
        hideLegend
        xAxis={[{ scaleType: 'band', data: months, position: 'none', colorMap: { type: 'ordinal', values: months, colors: months.map((_, i) => colour(i)) } }]}
        yAxis={[{ min: 0, max: trendCeiling(kpi, values), position: 'none' }]}
        series={[{ data: values, valueFormatter: (v) => (v == null ? '–' : `${v}%`) }]}
        borderRadius={2}
      >
        <ChartsReferenceLine y={Math.round(kpi.target * 1000) / 10} lineStyle={{ strokeDasharray: '4 3', stroke: theme.palette.text.secondary, strokeWidth: 1 }} />
      </BarChart>
      <Stack direction="row" sx={{ justifyContent: 'space-between' }}>
        <Typography variant="caption" color="text.disabled">{months[0]}</Typography>
        <Typography variant="caption" color="text.disabled">{months[months.length - 1]}</Typography>
      </Stack>
    </>
  );
}
