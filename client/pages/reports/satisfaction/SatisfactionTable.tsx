import { Link as RouterLink } from 'react-router-dom';
import { Card, CardContent, Link, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { listPath } from '../../tiers/links';
import { fileCell, fileHeading } from '../kit/cellFormat';
import { ExportTableButton } from '../kit/ExportTableButton';
import type { SatisfactionReport } from './satisfactionApi';
import { formatAverage, formatCsat, isLow } from './satisfactionFormat';

const STICKY = { position: 'sticky', left: 0, zIndex: 1, bgcolor: 'background.paper', whiteSpace: 'nowrap' } as const;

/**
 * Items × months in a card with the kit's export: each item's mean score, below 4.0 in the warning colour; the
 * last rows are the month's CSAT and how many follow-ups were scored. A month's cell opens that month's low-score
 * follow-ups (overall 3 or below). Scrolls sideways on a phone with the item names pinned; on paper the months
 * share the page's width. (The kit's ReportTable links only a row's first cell and cannot colour one, so this
 * table keeps its own body and takes the kit's export button and cell formats.)
 */
export function SatisfactionTable({ report, labelOf }: { report: SatisfactionReport; labelOf: (code: string) => string }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`crm.satisfaction.${key}`);
  const file = () => ({
    title: t('table'),
    columns: [t('item'), ...report.months],
    rows: [
      ...report.items.map((item) => [labelOf(item.code), ...item.months.map((m) => fileCell(m.average, 'decimal'))]),
      [fileHeading(t('csat'), 'percent'), ...report.overall.map((m) => fileCell(m.csat, 'percent'))],
      [t('scored'), ...report.overall.map((m) => m.count)],
    ],
  });
  const drill = report.overall.map((m) => listPath(m.drill.resource, m.drill.filter));
  const cell = (i: number, text: string, low: boolean, testId?: string) => (
    <TableCell key={report.months[i]} align="right" sx={{ color: low ? 'error.main' : undefined, fontWeight: low ? 600 : undefined, bgcolor: low ? 'error.50' : undefined }} data-testid={testId}>
      {text === '–' ? text : <Link component={RouterLink} to={drill[i]} color="inherit" underline="hover">{text}</Link>}
    </TableCell>
  );
  return (
    <Card variant="outlined" sx={{ breakInside: 'avoid' }}>
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'flex-start', justifyContent: 'space-between', gap: 1, mb: 1 }}>
          <div>
            <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>{t('table')}</Typography>
            <Typography variant="caption" color="text.secondary">{t('table_hint')}</Typography>
          </div>
          <ExportTableButton table={file} testId="satisfaction-table-export" />
        </Stack>
        <TableContainer sx={{ overflowX: 'auto', '@media print': { overflow: 'visible' } }}>
          <Table size="small" data-testid="satisfaction-table" sx={{ '@media print': { '& td, & th': { px: 0.5, fontSize: '0.7rem' } } }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ position: 'sticky', left: 0, zIndex: 3, whiteSpace: 'nowrap' }}>{t('item')}</TableCell>
                {report.months.map((m) => <TableCell key={m} align="right" sx={{ whiteSpace: 'nowrap' }}>{m}</TableCell>)}
              </TableRow>
            </TableHead>
            <TableBody>
              {report.items.map((item) => (
                <TableRow key={item.code} hover data-testid={`satisfaction-row-${item.code}`}>
                  <TableCell sx={STICKY}>{labelOf(item.code)}</TableCell>
                  {item.months.map((m, i) => cell(i, formatAverage(m.average), isLow(m.average)))}
                </TableRow>
              ))}
              <TableRow>
                <TableCell sx={{ ...STICKY, fontWeight: 600 }}>{t('csat')}</TableCell>
                {report.overall.map((m, i) => cell(i, formatCsat(m.csat), m.csat != null && m.csat < report.target))}
              </TableRow>
              <TableRow>
                <TableCell sx={STICKY}><Typography variant="caption" color="text.secondary">{t('scored')}</Typography></TableCell>
                {report.overall.map((m) => (
                  <TableCell key={m.month} align="right"><Typography variant="caption" color="text.secondary">{m.count}</Typography></TableCell>
                ))}
              </TableRow>
            </TableBody>
          </Table>
        </TableContainer>
      </CardContent>
    </Card>
  );
}
