import { Chip, useTheme } from '@mui/material';
import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import { useLocaleState, useRecordContext } from 'react-admin';

export interface TierRecord {
  id: number;
  name: string;
  name_en?: string | null;
  color?: string | null;
}

/** A membership tier (the record in context) as a chip in the tier's own colour. */
export function TierChip() {
  const tier = useRecordContext<TierRecord>();
  const [locale] = useLocaleState();
  const theme = useTheme();
  if (!tier) return null;
  const label = locale === 'en' && tier.name_en ? tier.name_en : tier.name;
  const color = tier.color || theme.palette.grey[500];
  return (
    <Chip
      icon={<WorkspacePremiumIcon />}
      label={label}
      sx={{
        bgcolor: color,
        color: theme.palette.getContrastText(color),
        fontWeight: 600,
        '& .MuiChip-icon': { color: 'inherit' },
      }}
    />
  );
}
