import type { ReactNode } from 'react';
import {
  Card, CardContent, Link as MuiLink, Stack, Table, TableBody, TableCell, TableContainer, TableFooter, TableHead, TableRow, Typography,
} from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { fileCell, fileHeading, isNumeric, showCell, type CellKind, type CellValue } from './cellFormat';
import { ExportTableButton } from './ExportTableButton';

/** One column of a report table: its heading (translated), how its values read, and the value of a row. */
export interface ReportColumn<R> {
  key: string;
  label: string;
  kind?: CellKind;
  value: (row: R) => CellValue;
}

export interface ReportTableProps<R> {
  /** the card's heading, and the exported file's and sheet's name */
  title: string;
  /** a line under the heading (what the numbers count) */
  subtitle?: string;
  columns: ReportColumn<R>[];
  rows: R[];
  /** where a row's first cell leads (the list behind it: drill down); none for a row without */
  rowLink?: (row: R) => string | null;
  /** a totals row at the foot, in the same columns */
  totals?: R;
  /** a chart (or anything) between the heading and the table */
  chart?: ReactNode;
  /** said when there are no rows */
  empty?: string;
  testId?: string;
  /** the table's own height before it scrolls (long breakdowns) */
  maxHeight?: number;
}

/**
 * A report's table in a card: heading with an "export to Excel" button, an optional chart, then the table; the
 * first cell of each row opens the list behind it. Wide tables scroll sideways on a phone; printing drops the
 * button and the scroll limits so every row is on paper.
 */
export function ReportTable<R>({ title, subtitle, columns, rows, rowLink, totals, chart, empty, testId, maxHeight }: ReportTableProps<R>) {
  const translate = useTranslate();
  const file = () => ({
    title,
    columns: columns.map((c) => fileHeading(c.label, c.kind ?? 'text')),
    rows: [...rows, ...(totals ? [totals] : [])].map((r) => columns.map((c) => fileCell(c.value(r), c.kind ?? 'text'))),
  });
  const cells = (row: R, link: string | null) => columns.map((c, i) => {
    const kind = c.kind ?? 'text';
    const text = showCell(c.value(row), kind);
    return (
      <TableCell key={c.key} align={isNumeric(kind) ? 'right' : 'left'} sx={{ whiteSpace: i === 0 && text.length > 12 ? 'normal' : 'nowrap' }}>
        {i === 0 && link ? <MuiLink component={Link} to={link} title={translate('crm.report_kit.open_list')}>{text}</MuiLink> : text}
      </TableCell>
    );
  });
  return (
    <Card variant="outlined" data-testid={testId} sx={{ breakInside: 'avoid' }}>
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'flex-start', justifyContent: 'space-between', gap: 1 }}>
          <div>
            <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>{title}</Typography>
            {subtitle && <Typography variant="caption" color="text.secondary">{subtitle}</Typography>}
          </div>
          {rows.length > 0 && <ExportTableButton table={file} testId={testId ? `${testId}-export` : undefined} />}
        </Stack>
        {chart}
        {rows.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>{empty ?? translate('crm.report_kit.no_rows')}</Typography>
        ) : (
          <TableContainer sx={{ overflowX: 'auto', maxHeight, '@media print': { maxHeight: 'none', overflow: 'visible' } }}>
            <Table size="small" stickyHeader={Boolean(maxHeight)}>
              <TableHead>
                <TableRow>
                  {columns.map((c) => (
                    <TableCell key={c.key} align={isNumeric(c.kind ?? 'text') ? 'right' : 'left'} sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>{c.label}</TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r, i) => <TableRow key={i} hover>{cells(r, rowLink?.(r) ?? null)}</TableRow>)}
              </TableBody>
              {totals && (
                <TableFooter>
                  <TableRow sx={{ '& td': { fontWeight: 600, color: 'text.primary', fontSize: '0.875rem' } }}>{cells(totals, null)}</TableRow>
                </TableFooter>
              )}
            </Table>
          </TableContainer>
        )}
      </CardContent>
    </Card>
  );
}
