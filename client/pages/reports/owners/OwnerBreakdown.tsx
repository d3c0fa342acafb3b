import { lazy, Suspense } from 'react';
import { Skeleton } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ReportTable, type ReportColumn } from '../kit/ReportTable';
import { drillPath } from '../../dashboard/kpiFormat';
import type { GroupRow } from './ownerRows';

const OwnerBars = lazy(() => import('./OwnerCharts').then((m) => ({ default: m.OwnerBars })));

function useColumns(first: string, models: boolean): ReportColumn<GroupRow>[] {
  const translate = useTranslate();
  const t = (key: string) => translate(`crm.owners.columns.${key}`);
  return [
    { key: 'label', label: first, value: (r) => r.label },
    ...(models ? [{ key: 'vehicles', label: t('vehicles'), kind: 'int' as const, value: (r: GroupRow) => r.vehicles ?? null }] : []),
    { key: 'share', label: t('share'), kind: 'percent', value: (r) => r.share },
    { key: 'owners', label: t('owners'), kind: 'int', value: (r) => r.owners },
    { key: 'serviced', label: t('serviced'), kind: 'int', value: (r) => r.serviced },
    // the model table has the vehicles' column; it leaves out the rate to stay readable in half a page
    ...(models ? [] : [{ key: 'serviced_rate', label: t('serviced_rate'), kind: 'percent' as const, value: (r: GroupRow) => r.serviced_rate }]),
    // whole yuan: cents add nothing to a management report and would crowd the table
    { key: 'revenue', label: t('revenue'), kind: 'int', value: (r) => Math.round(r.revenue) },
  ];
}

/**
 * One breakdown of the owners: bars (owners, and of them serviced in the range) over its table with the totals
 * row; a bar or a name opens the customers behind it; the table exports as shown.
 */
export function OwnerBreakdown({ title, subtitle, column, rows, totals, testId, models = false }: {
  title: string; subtitle: string; column: string; rows: GroupRow[]; totals: GroupRow; testId: string; models?: boolean;
}) {
  const columns = useColumns(column, models);
  return (
    <ReportTable
      testId={testId}
      title={title}
      subtitle={subtitle}
      columns={columns}
      rows={rows}
      totals={totals}
      rowLink={(r) => drillPath(r.drill)}
      maxHeight={rows.length > 12 ? 440 : undefined}
      chart={rows.length > 0 && (
        <Suspense fallback={<Skeleton variant="rectangular" height={rows.length * 42 + 64} />}><OwnerBars rows={rows} /></Suspense>
      )}
    />
  );
}
