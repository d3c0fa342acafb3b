import { Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { TierField } from '../tiers/TierField';

/** The customer's name with the tier chip beside it. */
export function CustomerNameWithTier() {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} component="span">
      <Typography component="span" sx={{ fontWeight: 600 }}>
        {record.name}
      </Typography>
      <TierField source="tier_id" />
    </Stack>
  );
}
