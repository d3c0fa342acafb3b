import { BarChart } from '@mui/x-charts/BarChart';
import { useNavigate } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { drillPath } from '../../dashboard/kpiFormat';
import type { BreakdownRow } from './complaintRows';

/**
 * A breakdown as bars: complaints received and those answered in time; a bar opens the complaints behind it.
 * Lazy-loaded with the chart library.
 */
export function ComplaintBars({ rows }: { rows: BreakdownRow[] }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`crm.reports.complaints.${key}`);
  const navigate = useNavigate();
  return (
    <BarChart
      height={240}
      margin={{ left: 0, right: 8 }}
      xAxis={[{ scaleType: 'band', data: rows.map((r) => r.label), tickLabelStyle: { fontSize: 11 } }]}
      yAxis={[{ tickMinStep: 1, width: 32 }]}
      series={[
        { data: rows.map((r) => r.count), label: t('series.count') },
        { data: rows.map((r) => r.response_met), label: t('series.responded_in_time') },
      ]}
      onItemClick={(_, item) => {
        const row = item.dataIndex == null ? undefined : rows[item.dataIndex];
        if (row) navigate(drillPath(row.drill));
      }}
      sx={{ '& .MuiBarChart-element': { cursor: 'pointer' } }}
    />
  );
}
