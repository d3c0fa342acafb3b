import { Box, Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { FollowUpReport } from '../../resources/follow_ups/followUpsApi';

type Totals = FollowUpReport['totals'];

const TILES: { key: keyof Totals; label: string; unit?: '%'; tone?: (v: number) => 'error.main' | 'success.main' | undefined }[] = [
  { key: 'due', label: 'due' },
  { key: 'done', label: 'done' },
  { key: 'not_reached', label: 'not_reached' },
  { key: 'overdue', label: 'overdue', tone: (v) => (v > 0 ? 'error.main' : undefined) },
  { key: 'completion_pct', label: 'completion', unit: '%' },
  { key: 'reached_pct', label: 'reached', unit: '%' },
  { key: 'avg_score', label: 'avg_score' },
  { key: 'csat', label: 'csat', unit: '%' },
  { key: 'nps', label: 'nps', tone: (v) => (v < 0 ? 'error.main' : v >= 30 ? 'success.main' : undefined) },
  { key: 'complaints', label: 'complaints', tone: (v) => (v > 0 ? 'error.main' : undefined) },
];

/** The period's headline numbers as small tiles ("–" where nothing was answered). */
export function TotalsTiles({ totals }: { totals: Totals }) {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', sm: 'repeat(3, minmax(0, 1fr))', md: 'repeat(5, minmax(0, 1fr))' }, '@media print': { gridTemplateColumns: 'repeat(5, minmax(0, 1fr))' } }}>
      {TILES.map(({ key, label, unit, tone }) => {
        const value = totals[key];
        return (
          <Card key={key} variant="outlined">
            <CardContent sx={{ py: 1.25, '&:last-child': { pb: 1.25 } }}>
              <Typography variant="caption" color="text.secondary">{translate(`crm.followups.report.totals.${label}`)}</Typography>
              <Typography variant="h6" sx={{ color: value == null ? 'text.disabled' : tone?.(value) }}>
                {value == null ? '–' : `${value}${unit ?? ''}`}
              </Typography>
            </CardContent>
          </Card>
        );
      })}
    </Box>
  );
}
