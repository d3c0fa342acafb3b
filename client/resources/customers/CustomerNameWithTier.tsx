import { Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { TierField } from '../tiers/TierField';

/** A smaller chip for tables and other records' pages, so the tier reads at a glance without crowding the row. */
const compactChip = {
  '& .MuiChip-root': { height: 20, fontSize: '0.7rem' },
  '& .MuiChip-icon': { fontSize: 14, ml: 0.5, mr: -0.25 },
  '& .MuiChip-label': { px: 0.75 },
};

/** The customer's name with the tier chip beside it; `compact` where a customer is named inside another record. */
export function CustomerNameWithTier({ compact = false }: { compact?: boolean }) {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Stack
      direction="row"
      spacing={compact ? 0.75 : 1}
      component="span"
      sx={{ display: 'inline-flex', alignItems: 'center', verticalAlign: 'middle', ...(compact ? compactChip : {}) }}
    >
      <Typography component="span" variant={compact ? 'body2' : 'body1'} sx={{ fontWeight: compact ? 500 : 600, whiteSpace: 'nowrap' }}>
        {record.name}
      </Typography>
      {record.tier_id !== null && record.tier_id !== undefined && <TierField source="tier_id" />}
    </Stack>
  );
}
