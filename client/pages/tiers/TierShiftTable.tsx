import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { TierCount } from '../../loyalty/loyaltyApi';
import { formatInteger } from '../../i18n/formats';
import { tierShifts, type NamedTier } from './moves';

/** Members per tier before → after the what-if, highest tier first, with the difference in colour. */
export function TierShiftTable({ counts, tiers }: { counts: TierCount[]; tiers: NamedTier[] }) {
  const translate = useTranslate();
  return (
    <TableContainer>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('crm.tiers.preview.tier')}</TableCell>
            <TableCell align="right">{translate('crm.tiers.chart.before')}</TableCell>
            <TableCell align="right">{translate('crm.tiers.chart.after')}</TableCell>
            <TableCell align="right">{translate('crm.tiers.preview.delta')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {tierShifts(counts, tiers).map(({ tier, before, after, delta }) => (
            <TableRow key={tier.id}>
              <TableCell>{tier.name}</TableCell>
              <TableCell align="right">{formatInteger(before)}</TableCell>
              <TableCell align="right">{formatInteger(after)}</TableCell>
              <TableCell align="right">
                <Typography variant="body2" component="span" sx={{ color: delta > 0 ? 'success.main' : delta < 0 ? 'error.main' : 'text.secondary', fontWeight: 600 }}>
                  {delta > 0 ? `+${formatInteger(delta)}` : delta < 0 ? `−${formatInteger(-delta)}` : '0'}
                </Typography>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
