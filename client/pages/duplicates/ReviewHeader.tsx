import { Box, Chip, Stack, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useTranslate } from 'react-admin';
import type { Review } from './duplicatesApi';
import { ScoreBadge } from './ScoreBadge';

function Side({ record, role }: { record: Review['keep']; role: 'keep' | 'remove' }) {
  const translate = useTranslate();
  return (
    <Box sx={{ flex: 1, minWidth: 0, p: 1.5, border: 1, borderRadius: 1, borderColor: role === 'keep' ? 'success.main' : 'warning.main' }} data-side={role}>
      <Chip size="small" color={role === 'keep' ? 'success' : 'warning'} label={translate(`crm.duplicates.review.${role}`)} sx={{ mb: 0.5 }} />
      <Typography variant="h6" component="p" sx={{ overflowWrap: 'anywhere' }}>
        {String(record.name ?? '')} <Typography component="span" variant="body2" color="text.secondary">#{String(record.id)}</Typography>
      </Typography>
    </Box>
  );
}

/** The kept record and the one merged into it, in the order of the field choices below (kept first), with the pair's score. */
export function ReviewHeader({ review }: { review: Review }) {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ alignItems: { sm: 'center' }, gap: 1.5 }}>
      <Side record={review.keep} role="keep" />
      <ArrowBackIcon sx={{ alignSelf: 'center', transform: { xs: 'rotate(90deg)', sm: 'none' }, color: 'text.secondary' }} />
      <Side record={review.remove} role="remove" />
      <Box sx={{ alignSelf: 'center' }}><ScoreBadge score={review.score} level={review.level} /></Box>
    </Stack>
  );
}
