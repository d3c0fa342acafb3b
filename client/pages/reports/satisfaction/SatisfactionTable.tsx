import { Link as RouterLink } from 'react-router-dom';
import { Link, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { listPath } from '../../tiers/links';
import type { SatisfactionReport } from './satisfactionApi';
import { formatAverage, formatCsat, isLow } from './satisfactionFormat';

const STICKY = { position: 'sticky', left: 0, zIndex: 1, bgcolor: 'background.paper', whiteSpace: 'nowrap' } as const;

/**
 * Items × months: each item's mean score, below 4.0 in the warning colour; the last rows are the month's CSAT and
 * how many follow-ups were scored. A month's cell opens that month's low-score follow-ups (overall 3 or below).
 * Scrolls sideways on a phone with the item names pinned.
 */
export function SatisfactionTable({ report, labelOf }: { report: SatisfactionReport; labelOf: (code: string) => string }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`crm.satisfaction.${key}`);
  const drill = report.overall.map((m) => listPath(m.drill.resource, m.drill.filter));
  const cell = (i: number, text: string, low: boolean, testId?: string) => (
    <TableCell key={report.months[i]} align="right" sx={{ color: low ? 'error.main' : undefined, fontWeight: low ? 600 : undefined, bgcolor: low ? 'error.50' : undefined }} data-testid={testId}>
      {text === '–' ? text : <Link component={RouterLink} to={drill[i]} color="inherit" underline="hover">{text}</Link>}
    </TableCell>
  );
  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="satisfaction-table">
        <TableHead>
          <TableRow>
            <TableCell sx={STICKY}>{t('item')}</TableCell>
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
  );
}
