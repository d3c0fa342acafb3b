import { BarPlot } from '@mui/x-charts/BarChart';
import { LineChart, LinePlot, MarkPlot } from '@mui/x-charts/LineChart';
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
import { PairBars } from '../kit/PairBars';
import type { GroupRow, OwnerFlow, OwnerLoyaltyReport } from './ownerRows';


/**
 * A breakdown as horizontal bars (owners, and of them serviced in the range), so names read whole in either
 * language and on a phone. A bar opens the customers behind it. Lazy-loaded with the chart library.
 */
export function OwnerBars({ rows }: { rows: GroupRow[] }) {
  const translate = useTranslate();
  const theme = useTheme();
  const navigate = useNavigate();
  return (
    <PairBars
      labels={rows.map((r) => r.label)}
      legend
      series={[
        { id: 'owners', values: rows.map((r) => r.owners), label: translate('crm.owners.series.owners'), color: theme.palette.primary.light },
        { id: 'serviced', values: rows.map((r) => r.serviced), label: translate('crm.owners.series.serviced'), color: theme.palette.success.main },
      ]}
      onBarClick={(series, i) => navigate(drillPath(series === 'serviced' ? rows[i].serviced_drill : rows[i].drill))}
    />
  );
}

/**
 * 客户流动: owners gained and lost per month (bars, left axis) with the net change (line, left axis) and the owner
 * base at each month end (line, right axis). A bar opens the customers gained or lost that month.
 */
export function FlowChart({ months }: { months: OwnerFlow['months'] }) {
  const translate = useTranslate();
  const theme = useTheme();
  const navigate = useNavigate();
  const s = (key: string) => translate(`crm.owners.series.${key}`);
  return (
    <ChartsDataProvider
      height={320}
      margin={{ left: 4, right: 4, top: 16, bottom: 0 }}
      xAxis={[{ id: 'month', scaleType: 'band', data: months.map((m) => m.month), height: 28, valueFormatter: (m: string) => m.slice(2) }]}
      yAxis={[{ id: 'count', tickMinStep: 1, width: 44 }, { id: 'base', tickMinStep: 1, position: 'right', width: 52 }]}
      series={[
        { type: 'bar', id: 'gained', yAxisId: 'count', data: months.map((m) => m.gained.count), label: s('gained'), color: theme.palette.success.main },
        { type: 'bar', id: 'lost', yAxisId: 'count', data: months.map((m) => m.lost.count), label: s('lost'), color: theme.palette.error.light },
        { type: 'line', id: 'net', yAxisId: 'count', data: months.map((m) => m.net), label: s('net'), color: theme.palette.warning.dark, curve: 'linear' },
        { type: 'line', id: 'base', yAxisId: 'base', data: months.map((m) => m.base.count), label: s('base'), color: theme.palette.primary.main, curve: 'linear' },
      ]}
    >
      <ChartsWrapper legendPosition={{ vertical: 'top', horizontal: 'center' }}>
        <ChartsLegend />
        <ChartsSurface>
          <ChartsGrid horizontal />
          <BarPlot
            onItemClick={(_, item) => {
              const m = item.dataIndex == null ? undefined : months[item.dataIndex];
              if (m) navigate(drillPath(item.seriesId === 'lost' ? m.lost.drill : m.gained.drill));
            }}
          />
          <LinePlot />
          <MarkPlot />
          <ChartsAxisHighlight x="band" />
          <ChartsXAxis axisId="month" />
          <ChartsYAxis axisId="count" />
          <ChartsYAxis axisId="base" />
        </ChartsSurface>
        <ChartsTooltip />
      </ChartsWrapper>
    </ChartsDataProvider>
  );
}

/** Retention (the dashboard's loyalty) at each month end, 0–100 %. */
export function RetentionChart({ months }: { months: OwnerLoyaltyReport['retention']['months'] }) {
  const translate = useTranslate();
  const theme = useTheme();
  return (
    <LineChart
      height={260}
      margin={{ left: 4, right: 28, top: 16, bottom: 0 }}
      xAxis={[{ scaleType: 'point', data: months.map((m) => m.month), height: 28, valueFormatter: (m: string) => m.slice(2) }]}
      yAxis={[{ min: 0, max: 100, width: 44, valueFormatter: (v: number) => `${v}%` }]}
      series={[{
        label: translate('crm.owners.series.retention'), color: theme.palette.primary.main, curve: 'linear', connectNulls: false,
        data: months.map((m) => (m.rate == null ? null : Math.round(m.rate * 1000) / 10)), valueFormatter: (v: number | null) => (v == null ? '–' : `${v}%`),
      }]}
      hideLegend
      grid={{ horizontal: true }}
    />
  );
}
