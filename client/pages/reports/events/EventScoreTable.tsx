import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Card, CardContent, Link, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { listPath } from '../../tiers/links';
import { fileCell, fileHeading, showCell } from '../kit/cellFormat';
import { ExportTableButton } from '../kit/ExportTableButton';
import { chinaDayOf, type EventScore } from './eventComparisonApi';
import { bestOf, MEASURES, valueOf, type MeasureRow } from './eventMeasures';

const STICKY = { position: 'sticky', left: 0, zIndex: 1, bgcolor: 'background.paper' } as const;

/**
 * The scorecards as columns: a row per measure, a column per event (its title and day), the best value of each
 * row in bold green; a figure opens the participants, follow-ups or budget lines behind it. The measure names
 * stay pinned when the table scrolls sideways on a phone; on paper the columns share the page's width.
 */
export function EventScoreTable({ events, chart }: { events: EventScore[]; chart?: ReactNode }) {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.eventReport.${key}`, args);
  const label = (m: MeasureRow) => t(`measures.${m.key}`);
  const heading = (e: EventScore) => `${e.title} (${chinaDayOf(e.start_at)})`;
  const file = () => ({
    title: t('table'),
    columns: [t('measure'), ...events.map((e) => fileHeading(heading(e), 'text'))],
    rows: MEASURES.map((m) => [fileHeading(label(m), m.kind), ...events.map((e) => fileCell(valueOf(e, m.key), m.kind))]),
  });
  const cell = (m: MeasureRow, e: EventScore, best: number | null) => {
    const value = valueOf(e, m.key);
    const text = showCell(value, m.kind);
    const drill = m.key === 'answers' ? e.drill.satisfaction : e.drill[m.key];
    const top = best != null && value === best;
    return (
      <TableCell key={e.id} align="right" sx={{ whiteSpace: 'nowrap', fontWeight: top ? 700 : undefined, color: top ? 'success.dark' : undefined, bgcolor: top ? 'success.50' : undefined }}
        data-testid={`event-cell-${m.key}-${e.id}`}>
        {value == null || !drill ? text : <Link component={RouterLink} to={listPath(drill.resource, drill.filter)} color="inherit" underline="hover">{text}</Link>}
      </TableCell>
    );
  };
  return (
    <Card variant="outlined" data-testid="event-score-table" sx={{ breakInside: 'avoid' }}>
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'flex-start', justifyContent: 'space-between', gap: 1 }}>
          <div>
            <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>{t('table')}</Typography>
            <Typography variant="caption" color="text.secondary">{t('table_hint')}</Typography>
          </div>
          <ExportTableButton table={file} testId="event-score-table-export" />
        </Stack>
        {chart}
        <TableContainer sx={{ overflowX: 'auto', '@media print': { overflow: 'visible' } }}>
          <Table size="small" sx={{ '@media print': { '& td, & th': { px: 0.25, py: 0.25, fontSize: '0.65rem', minWidth: 0 }, '& .MuiTypography-caption': { fontSize: '0.6rem' } } }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ position: 'sticky', left: 0, zIndex: 3, fontWeight: 600, minWidth: 130, verticalAlign: 'bottom', '@media print': { width: 120 } }}>{t('measure')}</TableCell>
                {events.map((e) => (
                  <TableCell key={e.id} align="right" sx={{ fontWeight: 600, minWidth: 110, maxWidth: 180, verticalAlign: 'bottom' }}>
                    {e.title}
                    <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                      {chinaDayOf(e.start_at)} · {translate(`enums.event_status.${e.status}`, { _: e.status })}
                    </Typography>
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {MEASURES.map((m) => {
                const best = bestOf(m, events);
                return (
                  <TableRow key={m.key} hover>
                    <TableCell sx={{ ...STICKY, whiteSpace: { xs: 'normal', sm: 'nowrap' }, '@media print': { whiteSpace: 'normal' } }}>{label(m)}</TableCell>
                    {events.map((e) => cell(m, e, best))}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      </CardContent>
    </Card>
  );
}
