import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslate } from 'react-admin';
import type { FollowUpReport } from '../../resources/follow_ups/followUpsApi';

/** Completion and CSAT over the periods before (8 weeks or 6 months), side by side on 0–100 %. */
export function TrendChart({ trend, period }: { trend: FollowUpReport['trend']; period: FollowUpReport['period'] }) {
  const translate = useTranslate();
  const labels = trend.map((p) => (period === 'month' ? p.from.slice(0, 7) : p.from.slice(5)));
  return (
    <BarChart
      height={220}
      xAxis={[{ scaleType: 'band', data: labels, height: 28 }]}
      yAxis={[{ min: 0, max: 100, width: 36, valueFormatter: (v: number) => `${v}%` }]}
      series={[
        { data: trend.map((p) => p.completion_pct), label: translate('crm.followups.report.trend_completion'), valueFormatter: (v) => (v == null ? '–' : `${v}%`) },
        { data: trend.map((p) => p.csat), label: translate('crm.followups.report.trend_csat'), valueFormatter: (v) => (v == null ? '–' : `${v}%`) },
      ]}
      margin={{ left: 0, right: 12, top: 8 }}
    />
  );
}
