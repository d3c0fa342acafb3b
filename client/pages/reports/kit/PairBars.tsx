import { BarChart } from '@mui/x-charts/BarChart';
import { axisWidth, clip } from './chartText';

const BAR = 26;
const TICK = 12;

export interface PairSeries {
  id: string;
  label: string;
  values: number[];
  color: string;
}

export interface PairBarsProps {
  /** one name per row (already in the reader's language) */
  labels: string[];
  /** the row's whole (cards opened, owners) and its part (converted, serviced) */
  series: [PairSeries, PairSeries];
  /** a bar was clicked: which series and row (to open the records behind it) */
  onBarClick: (seriesId: string, index: number) => void;
  /** the legend above the bars (off where the card's heading already says what they are) */
  legend?: boolean;
}

const LEGEND = { direction: 'horizontal', position: { vertical: 'top', horizontal: 'center' } } as const;

/**
 * A breakdown as horizontal bar pairs, so names read whole in either language and on a phone: the axis is as
 * wide as the longest name needs (up to a limit, beyond which a name is cut with "…"). Lazy-load the file that
 * uses it: the chart library is large.
 */
export function PairBars({ labels, series, onBarClick, legend = false }: PairBarsProps) {
  const width = axisWidth(labels, TICK);
  return (
    <BarChart
      layout="horizontal"
      height={labels.length * BAR * 1.6 + 64}
      margin={{ left: 4, right: 16, top: 8, bottom: 0 }}
      yAxis={[{ scaleType: 'band', data: labels, width, tickLabelStyle: { fontSize: TICK }, valueFormatter: (v: string, ctx) => (ctx.location === 'tick' ? clip(v, width - 8, TICK) : v) }]}
      // the tick labels need ~30 px under the axis, or the chart drops them as not fitting
      xAxis={[{ tickMinStep: 1, height: 30 }]}
      series={series.map((s) => ({ id: s.id, data: s.values, label: s.label, color: s.color }))}
      slotProps={legend ? { legend: LEGEND } : undefined}
      grid={{ vertical: true }}
      onItemClick={(_, item) => {
        if (item.dataIndex != null) onBarClick(String(item.seriesId), item.dataIndex);
      }}
      sx={{ '& .MuiBarElement-root, & .MuiBarChart-element': { cursor: 'pointer' } }}
    />
  );
}
