import { BarPlot } from '@mui/x-charts/BarChart';
import { LinePlot, MarkPlot } from '@mui/x-charts/LineChart';
import { ChartsDataProvider } from '@mui/x-charts/ChartsDataProvider';
import { ChartsWrapper } from '@mui/x-charts/ChartsWrapper';
import { ChartsSurface } from '@mui/x-charts/ChartsSurface';
import { ChartsLegend } from '@mui/x-charts/ChartsLegend';
import { ChartsTooltip } from '@mui/x-charts/ChartsTooltip';
import { ChartsXAxis } from '@mui/x-charts/ChartsXAxis';
import { ChartsYAxis } from '@mui/x-charts/ChartsYAxis';
import { ChartsAxisHighlight } from '@mui/x-charts/ChartsAxisHighlight';
import { ChartsGrid } from '@mui/x-charts/ChartsGrid';
import { useTheme } from '@mui/material';
import { useNavigate } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { drillPath } from '../../dashboard/kpiFormat';
import type { ProspectRow } from './prospectRows';
import { PairBars } from '../kit/PairBars';


/** Opens the customers behind a bar: all the cards, or only the converted ones. */
function useDrill(rows: ProspectRow[]) {
  const navigate = useNavigate();
  return (seriesId: string | number | undefined, dataIndex: number | undefined) => {
    const row = dataIndex == null ? undefined : rows[dataIndex];
    if (row) navigate(drillPath(seriesId === 'converted' ? row.converted_drill : row.drill));
  };
}

/**
 * A breakdown as horizontal bars (cards opened, and of them converted): names read whole in either language
 * and on a phone, however long. A bar opens the customers behind it. Lazy-loaded with the chart library.
 */
export function ProspectBars({ rows }: { rows: ProspectRow[] }) {
  const translate = useTranslate();
  const theme = useTheme();
  const drill = useDrill(rows);
  return (
    <PairBars
      labels={rows.map((r) => r.label)}
      series={[
        { id: 'opened', values: rows.map((r) => r.opened), label: translate('crm.prospects.series.opened'), color: theme.palette.primary.light },
        { id: 'converted', values: rows.map((r) => r.converted), label: translate('crm.prospects.series.converted'), color: theme.palette.success.main },
      ]}
      onBarClick={drill}
    />
  );
}

/**
 * Cards opened and converted per month (bars, left axis) with the conversion rate (line, right axis, %). A bar
 * opens that month's cards, or its converted ones.
 */
export function ProspectTrend({ rows, months }: { rows: ProspectRow[]; months: string[] }) {
  const translate = useTranslate();
  const theme = useTheme();
  const drill = useDrill(rows);
  const rate = rows.map((r) => (r.conversion_rate == null ? null : Math.round(r.conversion_rate * 1000) / 10));
  return (
    <ChartsDataProvider
      height={300}
      margin={{ left: 4, right: 4, top: 16, bottom: 0 }}
      xAxis={[{ id: 'month', scaleType: 'band', data: months, height: 28, valueFormatter: (m: string) => m.slice(2) }]}
      yAxis={[
        { id: 'count', tickMinStep: 1, width: 44 },
        { id: 'rate', min: 0, max: 100, position: 'right', width: 44, valueFormatter: (v: number) => `${v}%` },
      ]}
      series={[
        { type: 'bar', id: 'opened', yAxisId: 'count', data: rows.map((r) => r.opened), label: translate('crm.prospects.series.opened'), color: theme.palette.primary.light },
        { type: 'bar', id: 'converted', yAxisId: 'count', data: rows.map((r) => r.converted), label: translate('crm.prospects.series.converted'), color: theme.palette.success.main },
        {
          type: 'line', id: 'rate', yAxisId: 'rate', data: rate, label: translate('crm.prospects.series.rate'), color: theme.palette.warning.dark,
          connectNulls: false, curve: 'linear', valueFormatter: (v: number | null) => (v == null ? '–' : `${v}%`),
        },
      ]}
    >
      <ChartsWrapper legendPosition={{ vertical: 'top', horizontal: 'center' }}>
        <ChartsLegend />
        <ChartsSurface>
          <ChartsGrid horizontal />
          <BarPlot onItemClick={(_, item) => drill(item.seriesId, item.dataIndex)} />
          <LinePlot />
          <MarkPlot />
          <ChartsAxisHighlight x="band" />
          <ChartsXAxis axisId="month" />
          <ChartsYAxis axisId="count" />
          <ChartsYAxis axisId="rate" />
        </ChartsSurface>
        <ChartsTooltip />
      </ChartsWrapper>
    </ChartsDataProvider>
  );
}
