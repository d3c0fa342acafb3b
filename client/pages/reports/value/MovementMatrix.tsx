import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { MatrixCard } from './MatrixCard';
import { SEGMENT_COLORS, type Segment, type ValueReport } from './valueApi';

/**
 * Who moved: last month's segment (rows; the newly scored last) against this month's (columns), the unchanged
 * on the framed diagonal; a count opens the customers who made that move.
 */
export function MovementMatrix({ report, segments }: { report: ValueReport; segments: readonly Segment[] }) {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.value.${key}`, args);
  const { movement, month, previous } = report;
  const name = (s: Segment) => t(`segments.${s}`);
  const cell = (from: Segment | null, to: Segment) => movement.cells.find((c) => c.from === from && c.to === to);
  const froms: (Segment | null)[] = [...segments, null];
  const rows = froms.filter((from) => from !== null || movement.entered > 0).map((from) => ({
    label: from ? name(from) : t('movement.entered'), color: from ? SEGMENT_COLORS[from] : undefined,
    cells: segments.map((to) => ({ count: cell(from, to)?.count ?? 0, drill: cell(from, to)?.drill ?? null, emphasis: from === to })),
  }));
  const noPrevious = movement.cells.every((c) => c.from === null);
  return (
    <MatrixCard
      testId="value-movement" title={t('movement.title')} subtitle={t('movement.subtitle', { previous: previous ?? '', month: month ?? '' })}
      corner={t('movement.from_to')} tone="#805ad5"
      columns={segments.map((s) => ({ label: name(s), color: SEGMENT_COLORS[s] }))}
      rows={rows}
      footer={(
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-testid="value-movement-summary">
          {noPrevious ? t('movement.no_previous', { month: previous ?? '' }) : t('movement.summary', { moved: movement.moved, stayed: movement.stayed, entered: movement.entered })}
        </Typography>
      )}
    />
  );
}
