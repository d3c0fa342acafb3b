import { useTheme } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { ChartsReferenceLine } from '@mui/x-charts/ChartsReferenceLine';
import { useLocaleState, useTranslate } from 'react-admin';
import type { PointsBucket } from '../../loyalty/loyaltyApi';
import { formatInteger } from '../../i18n/formats';
import { bucketRange, compactPoints, shapeHistogram, type LadderStep } from './histogram';

/**
 * How many members hold how many qualifying points, bars in the colour of the tier they reach, each threshold
 * drawn as a dashed line where it falls (so a manager sees how many sit just below a step).
 */
export function PointsHistogram({ buckets, steps }: { buckets: PointsBucket[]; steps: LadderStep[] }) {
  const translate = useTranslate();
  const theme = useTheme();
  const [locale] = useLocaleState();
  const { bars, markers } = shapeHistogram(buckets, steps, theme.palette.grey[500]);
  const froms = bars.map((b) => b.from);
  return (
    // remounted when the buckets change: the reference lines must never meet the previous axis
    <BarChart
      key={froms.join(',')}
      height={260}
      xAxis={[{
        scaleType: 'band',
        height: 36,
        data: froms,
        tickPlacement: 'start',
        tickLabelPlacement: 'tick',
        valueFormatter: (from: number, context) => {
          if (context.location === 'tick') return compactPoints(from, locale);
          const bar = bars.find((b) => b.from === from);
          return bar ? translate('crm.tiers.chart.points_range', { range: bucketRange(bar) }) : String(from);
        },
        colorMap: { type: 'ordinal', values: froms, colors: bars.map((b) => b.color) },
        categoryGapRatio: 0.1,
      }]}
      yAxis={[{ width: 48, valueFormatter: (v: number) => formatInteger(v) }]}
      series={[{ data: bars.map((b) => b.count), label: translate('crm.tiers.chart.members'), valueFormatter: (v) => formatInteger(v) }]}
      hideLegend
      margin={{ left: 0, right: 8, top: 24 }}
    >
      {markers.map((m, i) => (
        <ChartsReferenceLine
          key={`${m.name}-${m.points}`}
          x={m.at}
          label={`${m.name} ${compactPoints(m.points, locale)}`}
          labelAlign="start"
          // every other label a line lower: two thresholds in neighbouring buckets must not print over each other
          spacing={{ x: 4, y: (i % 2) * 14 }}
          lineStyle={{ strokeDasharray: '4 3', stroke: theme.palette.text.secondary }}
          labelStyle={{ fontSize: 11, fill: theme.palette.text.primary }}
        />
      ))}
    </BarChart>
  );
}
