import { Box } from '@mui/material';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { TierField } from '../../tiers/TierField';

/** A tier change as "from → to" in the tiers' own chips (from is empty for a first tier). */
export function TierChangeField() {
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}>
      <TierField source="from_tier_id" />
      <ArrowForwardIcon fontSize="small" color="action" />
      <TierField source="to_tier_id" />
    </Box>
  );
}
