import { Chip, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Match } from './duplicatesApi';

/** Why two records look alike (filled chips) and what speaks against it (outlined, red), strongest first. */
export function ReasonChips({ reasons, size = 'small' }: { reasons: readonly Match[]; size?: 'small' | 'medium' }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {reasons.map((r) => (
        <Chip
          key={r.code}
          size={size}
          label={translate(`crm.duplicates.codes.${r.code}`)}
          color={r.weight < 0 ? 'error' : r.weight >= 30 ? 'primary' : 'default'}
          variant={r.weight < 0 ? 'outlined' : 'filled'}
        />
      ))}
    </Stack>
  );
}
