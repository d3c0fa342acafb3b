import { lazy, Suspense, type ReactNode } from 'react';
import { Box, Skeleton } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ReportTable, type ReportColumn } from '../kit/ReportTable';
import { drillPath } from '../../dashboard/kpiFormat';
import type { ProspectRow } from './prospectRows';

const ProspectBars = lazy(() => import('./ProspectCharts').then((m) => ({ default: m.ProspectBars })));

/** The figures' columns after the group's own (its name, or the month). */
export function useProspectColumns(first: string): ReportColumn<ProspectRow>[] {
  const translate = useTranslate();
  const t = (key: string) => translate(`crm.prospects.columns.${key}`);
  return [
    { key: 'label', label: first, value: (r) => r.label },
    { key: 'opened', label: t('opened'), kind: 'int', value: (r) => r.opened },
    { key: 'prospects', label: t('prospects'), kind: 'int', value: (r) => r.prospects },
    { key: 'converted', label: t('converted'), kind: 'int', value: (r) => r.converted },
    { key: 'rate', label: t('rate'), kind: 'percent', value: (r) => r.conversion_rate },
    { key: 'median_days', label: t('median_days'), kind: 'decimal', value: (r) => r.median_days },
  ];
}

/**
 * One breakdown: bars (cards opened and converted) over its table with the totals row; a bar or a name opens the
 * customers behind it; the table exports as shown.
 */
export function ProspectBreakdown({ title, column, rows, totals, testId, chart }: {
  title: string; column: string; rows: ProspectRow[]; totals: ProspectRow; testId: string; chart?: ReactNode;
}) {
  const translate = useTranslate();
  const columns = useProspectColumns(column);
  // six columns side by side in half a page: narrower cell padding keeps them from scrolling sideways
  return (
    <Box sx={{ '& .MuiTableCell-root': { px: 1 } }}>
      <ReportTable
        testId={testId}
        title={title}
        subtitle={translate('crm.prospects.subtitle')}
        columns={columns}
        rows={rows}
        totals={totals}
        rowLink={(r) => drillPath(r.drill)}
        maxHeight={rows.length > 12 ? 440 : undefined}
        chart={rows.length > 0 && (chart ?? (
          <Suspense fallback={<Skeleton variant="rectangular" height={rows.length * 42 + 64} />}><ProspectBars rows={rows} /></Suspense>
        ))}
      />
    </Box>
  );
}
