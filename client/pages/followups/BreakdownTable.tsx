import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { FollowUpReport } from '../../resources/follow_ups/followUpsApi';

type Totals = FollowUpReport['totals'];
export interface BreakdownRow extends Totals { name: string }

const COLUMNS: { key: keyof Totals; label: string; unit?: string }[] = [
  { key: 'due', label: 'due' }, { key: 'done', label: 'done' }, { key: 'not_reached', label: 'not_reached' },
  { key: 'completion_pct', label: 'completion', unit: '%' }, { key: 'avg_score', label: 'avg_score' }, { key: 'csat', label: 'csat', unit: '%' },
  { key: 'nps', label: 'nps' }, { key: 'complaints', label: 'complaints' },
];

/** One row per staff member or reason, the same measures as the tiles; scrolls sideways on a phone. */
export function BreakdownTable({ heading, rows }: { heading: string; rows: BreakdownRow[] }) {
  const translate = useTranslate();
  return (
    <TableContainer>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{heading}</TableCell>
            {COLUMNS.map((c) => <TableCell key={c.key} align="right" sx={{ whiteSpace: 'nowrap' }}>{translate(`crm.followups.report.totals.${c.label}`)}</TableCell>)}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.name}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.name}</TableCell>
              {COLUMNS.map((c) => <TableCell key={c.key} align="right">{r[c.key] == null ? '–' : `${r[c.key]}${c.unit ?? ''}`}</TableCell>)}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
