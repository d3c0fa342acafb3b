import { Box } from '@mui/material';
import TrendingDownIcon from '@mui/icons-material/TrendingDown';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import { useFieldValue, useTranslate } from 'react-admin';

/** Up (晋升, green arrow) or down (降级, red arrow). */
export function TierDirectionField() {
  const direction = useFieldValue({ source: 'direction' });
  const translate = useTranslate();
  if (direction !== 'up' && direction !== 'down') return null;
  const Icon = direction === 'up' ? TrendingUpIcon : TrendingDownIcon;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: direction === 'up' ? 'success.main' : 'error.main', whiteSpace: 'nowrap' }}>
      <Icon fontSize="small" />
      {translate(`enums.tier_direction.${direction}`)}
    </Box>
  );
}
