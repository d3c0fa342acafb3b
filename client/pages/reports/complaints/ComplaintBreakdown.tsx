import { lazy, Suspense } from 'react';
import { Skeleton } from '@mui/material';
import { useTranslate } from 'react-admin';
import { drillPath } from '../../dashboard/kpiFormat';
import { ReportTable } from '../kit/ReportTable';
import { breakdownColumns, type BreakdownRow } from './complaintRows';

const ComplaintBars = lazy(() => import('./ComplaintBars').then((m) => ({ default: m.ComplaintBars })));

/** A breakdown (category, department or month) as bars above its table; a bar or a row opens the complaints behind it. */
export function ComplaintBreakdown({ title, column, rows, testId }: { title: string; column: string; rows: BreakdownRow[]; testId: string }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`crm.reports.complaints.${key}`);
  return (
    <ReportTable
      testId={testId} title={title} rows={rows} columns={breakdownColumns(column, t)} rowLink={(r) => drillPath(r.drill)}
      chart={rows.length > 0 && <Suspense fallback={<Skeleton variant="rectangular" height={240} />}><ComplaintBars rows={rows} /></Suspense>}
    />
  );
}
