import { Box, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatInteger } from '../../i18n/formats';
import { TierField } from '../tiers/TierField';
import { RelatedTable } from '../generic/RelatedTable';

/** The points ledger: the balance and tier on top, every earn and spend below, newest first. */
export function CustomerPoints() {
  const record = useRecordContext();
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%' }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', mb: 1 }}>
        <Typography variant="body2" color="text.secondary">
          {translate('resources.customers.fields.points_balance')}
        </Typography>
        <Typography variant="h5" component="span" sx={{ fontVariantNumeric: 'tabular-nums' }}>
          {formatInteger(record?.points_balance ?? 0)}
        </Typography>
        <TierField source="tier_id" />
      </Stack>
      <RelatedTable reference="point_entries" target="customer_id" />
    </Box>
  );
}
