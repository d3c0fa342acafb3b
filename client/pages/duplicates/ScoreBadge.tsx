import { Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Level } from './duplicatesApi';

const COLOR: Record<Level, string> = { high: 'error.main', medium: 'warning.main', low: 'info.main' };

/** The pair's score as a ring of its level's colour, with the level in words. */
export function ScoreBadge({ score, level }: { score: number; level: Level }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Box
        aria-label={translate('crm.duplicates.score', { score })}
        sx={{
          width: 40, height: 40, borderRadius: '50%', border: 3, borderColor: COLOR[level], display: 'flex',
          alignItems: 'center', justifyContent: 'center', fontWeight: 700, fontVariantNumeric: 'tabular-nums', flexShrink: 0,
        }}
      >
        {score}
      </Box>
      <Typography variant="body2" sx={{ color: COLOR[level], fontWeight: 600 }}>{translate(`crm.duplicates.levels.${level}`)}</Typography>
    </Stack>
  );
}
