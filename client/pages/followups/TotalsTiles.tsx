import { Card, CardContent, Grid, Typography } from '@mui/material';
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
    <Grid container spacing={1.5}>
      {TILES.map(({ key, label, unit, tone }) => {
        const value = totals[key];
        return (
          <Grid key={key} size={{ xs: 6, sm: 4, md: 2.4 }}>
            <Card variant="outlined">
              <CardContent sx={{ py: 1.25, '&:last-child': { pb: 1.25 } }}>
                <Typography variant="caption" color="text.secondary">{translate(`crm.followups.report.totals.${label}`)}</Typography>
                <Typography variant="h6" sx={{ color: value == null ? 'text.disabled' : tone?.(value) }}>
                  {value == null ? '–' : `${value}${unit ?? ''}`}
                </Typography>
              </CardContent>
            </Card>
          </Grid>
        );
      })}
    </Grid>
  );
}
