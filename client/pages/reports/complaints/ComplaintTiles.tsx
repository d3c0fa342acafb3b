import { Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatPercent } from '../../dashboard/kpiFormat';
import type { ComplaintAnalysis } from './complaintApi';

function Tile({ label, value, note, testId }: { label: string; value: string; note?: string; testId: string }) {
  return (
    <Card variant="outlined" data-testid={testId}>
      <CardContent>
        <Typography variant="subtitle2" color="text.secondary">{label}</Typography>
        <Typography variant="h4" component="p" sx={{ fontWeight: 600, fontSize: { xs: '1.5rem', sm: '2.125rem' }, whiteSpace: 'nowrap', '@media print': { fontSize: '1.35rem' } }}>{value}</Typography>
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', minHeight: 20 }}>{note ?? ''}</Typography>
      </CardContent>
    </Card>
  );
}

/** The range's totals: complaints, both SLA shares with what they count, and the median times (clock hours). */
export function ComplaintTiles({ totals }: { totals: ComplaintAnalysis['totals'] }) {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.reports.complaints.${key}`, args);
  const hours = (h: number | null) => (h == null ? t('none') : t('hours', { hours: h }));
  return (
    <>
      <Tile testId="tile-count" label={t('tiles.count')} value={String(totals.count)} />
      <Tile testId="tile-response" label={t('tiles.response_rate')} value={formatPercent(totals.response_rate)}
        note={t('judged', { count: totals.response_judged, met: totals.response_met })} />
      <Tile testId="tile-resolve" label={t('tiles.resolve_rate')} value={formatPercent(totals.resolve_rate)}
        note={t('judged', { count: totals.resolve_judged, met: totals.resolve_met })} />
      <Tile testId="tile-median-response" label={t('tiles.median_response')} value={hours(totals.median_response_hours)} note={t('hours_note')} />
      <Tile testId="tile-median-resolve" label={t('tiles.median_resolve')} value={hours(totals.median_resolve_hours)} note={t('hours_note')} />
    </>
  );
}
