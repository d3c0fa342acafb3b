import { Box, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { RecalcMode } from '../../loyalty/loyaltyApi';

/** Now (promotions, and the downgrades the policy allows today) or the yearly review (every downgrade the policy permits). */
export function ModeChoice({ value, onChange }: { value: RecalcMode; onChange: (mode: RecalcMode) => void }) {
  const translate = useTranslate();
  return (
    <Box>
      <ToggleButtonGroup
        exclusive
        size="small"
        color="primary"
        value={value}
        onChange={(_, mode: RecalcMode | null) => mode && onChange(mode)}
        aria-label={translate('crm.tiers.mode.label')}
        sx={{ '& .MuiToggleButton-root': { textTransform: 'none', px: 1.5 } }}
      >
        <ToggleButton value="now">{translate('crm.tiers.mode.now')}</ToggleButton>
        <ToggleButton value="review">{translate('crm.tiers.mode.review')}</ToggleButton>
      </ToggleButtonGroup>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
        {translate(`crm.tiers.mode.${value}_hint`)}
      </Typography>
    </Box>
  );
}
