import type { ReactNode } from 'react';
import { alpha, Box, Card, CardContent, Link as MuiLink, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { formatInteger } from '../../../i18n/formats';
import { drillPath } from '../../dashboard/kpiFormat';
import { ExportTableButton } from '../kit/ExportTableButton';
import { heat, type ValueDrill } from './valueApi';

export interface MatrixCell { count: number; drill: ValueDrill | null; emphasis?: boolean }
export interface MatrixRow { label: string; color?: string; cells: MatrixCell[] }

interface MatrixCardProps {
  title: string;
  subtitle?: string;
  corner: string;
  columns: { label: string; color?: string }[];
  rows: MatrixRow[];
  /** the heat colour (its alpha grows with the count) */
  tone: string;
  footer?: ReactNode;
  testId: string;
}

/**
 * A table of counts with a heat background (R × F, segment moves): every non-zero cell opens its customers; the
 * export writes the grid as shown. Cells marked `emphasis` (e.g. no move) are framed.
 */
export function MatrixCard({ title, subtitle, corner, columns, rows, tone, footer, testId }: MatrixCardProps) {
  const translate = useTranslate();
  const max = Math.max(0, ...rows.flatMap((r) => r.cells.map((c) => c.count)));
  const file = () => ({ title, columns: [corner, ...columns.map((c) => c.label)], rows: rows.map((r) => [r.label, ...r.cells.map((c) => c.count)]) });
  const head = (label: string, color?: string) => (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      {color && <Box component="span" sx={{ width: 8, height: 8, borderRadius: '50%', bgcolor: color, flex: 'none' }} />}
      {label}
    </Box>
  );
  return (
    <Card variant="outlined" data-testid={testId} sx={{ breakInside: 'avoid' }}>
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'flex-start', justifyContent: 'space-between', gap: 1 }}>
          <div>
            <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>{title}</Typography>
            {subtitle && <Typography variant="caption" color="text.secondary">{subtitle}</Typography>}
          </div>
          {rows.length > 0 && <ExportTableButton table={file} testId={`${testId}-export`} />}
        </Stack>
        <TableContainer sx={{ overflowX: 'auto', mt: 1, '@media print': { overflow: 'visible' } }}>
          <Table size="small" sx={{ '& td, & th': { px: 1 } }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ fontWeight: 600, whiteSpace: 'nowrap', color: 'text.secondary' }}>{corner}</TableCell>
                {columns.map((c) => <TableCell key={c.label} align="center" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>{head(c.label, c.color)}</TableCell>)}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.label}>
                  <TableCell component="th" scope="row" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>{head(r.label, r.color)}</TableCell>
                  {r.cells.map((c, i) => {
                    const a = heat(c.count, max);
                    return (
                      <TableCell
                        key={i} align="center"
                        sx={{
                          bgcolor: a ? alpha(tone, a) : undefined, color: a > 0.5 ? '#fff' : undefined, minWidth: 56,
                          outline: c.emphasis ? '1px dashed' : undefined, outlineColor: 'divider', outlineOffset: -3,
                          printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact',
                        }}
                      >
                        {c.count && c.drill ? (
                          <MuiLink component={Link} to={drillPath(c.drill)} color="inherit" underline="hover" title={translate('crm.report_kit.open_list')} sx={{ fontWeight: 600 }}>
                            {formatInteger(c.count)}
                          </MuiLink>
                        ) : <Typography component="span" variant="body2" color="text.disabled">{c.count ? formatInteger(c.count) : '·'}</Typography>}
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        {footer}
      </CardContent>
    </Card>
  );
}
