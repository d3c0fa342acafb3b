import { BarChart } from '@mui/x-charts/BarChart';
import { Card, CardContent, Link as MuiLink, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { formatPercent } from '../../dashboard/kpiFormat';
import { drillPath } from '../../dashboard/kpiFormat';
import type { ComplaintDrill, ComplaintGroup } from './complaintApi';

/** One row of a breakdown: its label (already translated), the figures and the list it opens. */
export type BreakdownRow = Pick<ComplaintGroup, 'count' | 'response_met' | 'response_rate' | 'resolve_rate'> & { label: string; drill: ComplaintDrill };

/**
 * A breakdown as bars (complaints, and those answered in time) with its table below; a bar or a row opens the
 * complaints list filtered to it.
 */
export function ComplaintBreakdown({ title, column, rows, testId }: { title: string; column: string; rows: BreakdownRow[]; testId: string }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`crm.reports.complaints.${key}`);
  const navigate = useNavigate();
  const labels = rows.map((r) => r.label);
  return (
    <Card variant="outlined" data-testid={testId}>
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>{title}</Typography>
        {rows.length > 0 && (
          <BarChart
            height={240}
            margin={{ left: 0, right: 8 }}
            xAxis={[{ scaleType: 'band', data: labels, tickLabelStyle: { fontSize: 11 } }]}
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
        )}
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{column}</TableCell>
              <TableCell align="right">{t('columns.count')}</TableCell>
              <TableCell align="right">{t('columns.response_rate')}</TableCell>
              <TableCell align="right">{t('columns.resolve_rate')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.label} hover>
                <TableCell>
                  <MuiLink component={Link} to={drillPath(r.drill)} title={t('open_list')}>{r.label}</MuiLink>
                </TableCell>
                <TableCell align="right">{r.count}</TableCell>
                <TableCell align="right">{formatPercent(r.response_rate)}</TableCell>
                <TableCell align="right">{formatPercent(r.resolve_rate)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
