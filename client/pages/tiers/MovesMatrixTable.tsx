import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { MoveCount } from '../../loyalty/loyaltyApi';
import { formatInteger } from '../../i18n/formats';
import { movesMatrix, type NamedTier } from './moves';

/** Who goes where: one row per tier members leave, one column per tier they reach; a cell's count of members. */
export function MovesMatrixTable({ moves, tiers }: { moves: MoveCount[]; tiers: NamedTier[] }) {
  const translate = useTranslate();
  const matrix = movesMatrix(moves, tiers);
  if (matrix.rows.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('crm.tiers.preview.no_moves')}
      </Typography>
    );
  }
  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="moves-matrix">
        <TableHead>
          <TableRow>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('crm.tiers.preview.from_to')}</TableCell>
            {matrix.columns.map((c) => (
              <TableCell key={c.id} align="right" sx={{ whiteSpace: 'nowrap' }}>
                {c.name}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {matrix.rows.map((row) => (
            <TableRow key={row.from?.id ?? 'none'}>
              <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                {row.from?.name ?? translate('crm.tiers.preview.no_tier')}
              </TableCell>
              {row.cells.map((n, i) => (
                <TableCell key={matrix.columns[i].id} align="right" sx={{ color: n ? 'text.primary' : 'text.disabled', fontWeight: n ? 600 : 400 }}>
                  {n ? formatInteger(n) : '·'}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
