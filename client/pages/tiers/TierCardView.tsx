import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { DraftTier } from './draft';

const SECTIONS = ['benefits', 'partner_discounts', 'care_policy'] as const;

/** A tier's rules to read: earn multiplier, then benefits, partner discounts and care policy as written. */
export function TierCardView({ tier }: { tier: DraftTier }) {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="body2" sx={{ mb: 1.5 }}>
        {translate('crm.tiers.card.multiplier_value', { value: tier.earn_multiplier })}
      </Typography>
      {SECTIONS.map((section) => (
        <Box key={section} sx={{ mb: 1.5 }}>
          <Typography variant="caption" color="text.secondary" component="h3" sx={{ fontWeight: 600 }}>
            {translate(`crm.tiers.fields.${section}`)}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {tier[section] || translate('crm.tiers.card.none')}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
