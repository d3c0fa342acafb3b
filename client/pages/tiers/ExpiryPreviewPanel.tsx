import { Box, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useLocaleState, useTranslate } from 'react-admin';
import type { ExpiryPreview } from '../../loyalty/loyaltyApi';
import { formatDate, formatInteger } from '../../i18n/formats';

/** Who the expiry would touch: the cutoff, the totals, and the first customers with their expiring points and balance. */
export function ExpiryPreviewPanel({ preview }: { preview: ExpiryPreview }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Box data-testid="expiry-preview">
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('crm.tiers.expiry.summary', {
          cutoff: formatDate(preview.cutoff, locale),
          customers: formatInteger(preview.customers),
          points: formatInteger(preview.points),
        })}
      </Typography>
      {preview.sample.length > 0 && (
        <TableContainer sx={{ overflowX: 'auto', mb: 2 }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('crm.tiers.preview.customer')}</TableCell>
                <TableCell align="right">{translate('crm.tiers.expiry.expiring')}</TableCell>
                <TableCell align="right">{translate('crm.tiers.expiry.balance')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {preview.sample.map((c) => (
                <TableRow key={c.customer_id}>
                  <TableCell>
                    <Typography component={Link} to={`/customers/${c.customer_id}/show`} variant="body2" color="primary">
                      {c.name}
                    </Typography>
                  </TableCell>
                  <TableCell align="right">{formatInteger(c.points)}</TableCell>
                  <TableCell align="right">{formatInteger(c.balance)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Box>
  );
}
