import { useState } from 'react';
import { Button, Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import type { MovedCustomer } from '../../loyalty/loyaltyApi';
import { formatInteger } from '../../i18n/formats';

const DIRECTION_COLOR = { up: 'success', down: 'error', held: 'warning' } as const;
const FIRST = 10;

/** The first customers the what-if moves (largest moves first): who, from which tier to which, on how many points. */
export function MovedSampleTable({ sample, tierNames }: { sample: MovedCustomer[]; tierNames: Map<number, string> }) {
  const translate = useTranslate();
  const [all, setAll] = useState(false);
  if (sample.length === 0) return null;
  const shown = all ? sample : sample.slice(0, FIRST);
  const name = (id: number | null) => (id === null ? translate('crm.tiers.preview.no_tier') : tierNames.get(id) ?? `#${id}`);
  return (
    <>
      <TableContainer sx={{ overflowX: 'auto' }}>
        <Table size="small" data-testid="moved-sample">
          <TableHead>
            <TableRow>
              <TableCell>{translate('crm.tiers.preview.customer')}</TableCell>
              <TableCell>{translate('crm.tiers.preview.move')}</TableCell>
              <TableCell align="right">{translate('crm.tiers.preview.points')}</TableCell>
              <TableCell>{translate('crm.tiers.preview.direction')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((c) => (
              <TableRow key={c.customer_id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <Typography component={Link} to={`/customers/${c.customer_id}/show`} variant="body2" color="primary">
                    {c.name}
                  </Typography>
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{`${name(c.from_tier_id)} → ${name(c.to_tier_id)}`}</TableCell>
                <TableCell align="right">{formatInteger(c.points)}</TableCell>
                <TableCell>
                  <Chip size="small" variant="outlined" color={DIRECTION_COLOR[c.direction]} label={translate(`crm.tiers.preview.${c.direction}`)} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {sample.length > FIRST && (
        <Button size="small" onClick={() => setAll((x) => !x)} sx={{ mt: 1 }}>
          {translate(all ? 'crm.tiers.versions.fewer' : 'crm.tiers.preview.sample_all', { count: sample.length })}
        </Button>
      )}
    </>
  );
}
