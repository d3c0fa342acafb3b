import { Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { PreviewResult } from '../../loyalty/loyaltyApi';
import { MovedSampleTable } from './MovedSampleTable';
import { MovesMatrixTable } from './MovesMatrixTable';
import type { NamedTier } from './moves';
import { PreviewSummary } from './PreviewSummary';
import { TierShiftTable } from './TierShiftTable';

/** The what-if's answer: the counts, tier by tier before → after, who goes where, and the first movers by name. */
export function PreviewResults({ preview, tiers, stale }: { preview: PreviewResult; tiers: NamedTier[]; stale: boolean }) {
  const translate = useTranslate();
  const names = new Map(tiers.map((t) => [t.id, t.name]));
  const heading = (key: string, args?: Record<string, unknown>) => (
    <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
      {translate(key, args)}
    </Typography>
  );
  return (
    <Stack spacing={2.5} sx={{ opacity: stale ? 0.55 : 1 }} data-testid="preview-results">
      <Typography variant="body2" color="text.secondary">
        {translate('crm.tiers.preview.headline', {
          customers: preview.customers.toLocaleString('en-US'),
          mode: translate(`crm.tiers.mode.${preview.mode}`),
          ms: preview.took_ms,
        })}
      </Typography>
      <PreviewSummary preview={preview} />
      <Box sx={{ display: 'grid', gap: 2.5, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 2fr) minmax(0, 3fr)' } }}>
        <Box sx={{ minWidth: 0 }}>
          {heading('crm.tiers.preview.per_tier')}
          <TierShiftTable counts={preview.tiers} tiers={tiers} />
        </Box>
        <Box sx={{ minWidth: 0 }}>
          {heading('crm.tiers.preview.matrix')}
          <MovesMatrixTable moves={preview.moves} tiers={tiers} />
        </Box>
      </Box>
      {preview.sample.length > 0 && (
        <Box>
          {heading('crm.tiers.preview.sample', { count: preview.sample.length })}
          <MovedSampleTable sample={preview.sample} tierNames={names} />
        </Box>
      )}
    </Stack>
  );
}
