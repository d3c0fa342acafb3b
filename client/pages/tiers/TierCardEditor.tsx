import { Box, Stack } from '@mui/material';
import { DraftField } from './DraftField';
import type { DraftTierField } from './draft';
import type { TierDraftState } from './useTierDraft';

const TEXTS: DraftTierField[] = ['benefits', 'partner_discounts', 'care_policy'];

/** A tier's rules as inputs: names, threshold and multiplier, colour, then the three texts members read. */
export function TierCardEditor({ draft, index }: { draft: TierDraftState; index: number }) {
  const tier = draft.draft.tiers[index];
  const field = (name: DraftTierField, extra: { numeric?: boolean; multiline?: boolean; prefix?: string } = {}) => (
    <DraftField
      key={name}
      draft={draft}
      path={`tiers.${index}.${name}`}
      label={`crm.tiers.fields.${name}`}
      value={tier[name]}
      onChange={(value) => draft.setTier(index, name, value)}
      {...extra}
    />
  );
  return (
    <Stack spacing={1.5}>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1 }}>
        {field('name')}
        {field('name_en')}
        {field('threshold_points', { numeric: true })}
        {field('earn_multiplier', { numeric: true, prefix: '×' })}
      </Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        {field('color')}
        <Box
          component="input"
          type="color"
          aria-label={tier.code}
          value={/^#[0-9a-fA-F]{6}$/.test(tier.color) ? tier.color : '#9e9e9e'}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => draft.setTier(index, 'color', event.target.value)}
          sx={{ width: 40, height: 40, p: 0, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'transparent', cursor: 'pointer', flexShrink: 0 }}
        />
      </Stack>
      {TEXTS.map((name) => field(name, { multiline: true }))}
    </Stack>
  );
}
