import { Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { REASON_FILTERS, type CandidatePage, type Level, type ReasonFilter } from './duplicatesApi';

export interface PairFilterValue {
  reason?: ReasonFilter;
  level?: Level;
}

const LEVELS: Level[] = ['high', 'medium', 'low'];

/** Filter chips by reason and by confidence, each with how many pairs it holds. */
export function PairFilters({ value, onChange, counts }: { value: PairFilterValue; onChange: (v: PairFilterValue) => void; counts: CandidatePage | undefined }) {
  const translate = useTranslate();
  const row = { alignItems: 'center', gap: 0.75, flexWrap: 'wrap' } as const;
  return (
    <Stack spacing={1} sx={{ mb: 2 }}>
      <Stack direction="row" sx={row} role="group" aria-label={translate('crm.duplicates.filters.reason')}>
        <Typography variant="body2" color="text.secondary" sx={{ minWidth: '5rem' }}>{translate('crm.duplicates.filters.reason')}</Typography>
        <Chip label={translate('crm.duplicates.filters.all')} color={!value.reason ? 'primary' : 'default'} onClick={() => onChange({ ...value, reason: undefined })} />
        {REASON_FILTERS.map((r) => (
          <Chip key={r} label={`${translate(`crm.duplicates.reasons.${r}`)} ${counts?.by_reason[r] ?? 0}`} color={value.reason === r ? 'primary' : 'default'}
            onClick={() => onChange({ ...value, reason: value.reason === r ? undefined : r })} />
        ))}
      </Stack>
      <Stack direction="row" sx={row} role="group" aria-label={translate('crm.duplicates.filters.level')}>
        <Typography variant="body2" color="text.secondary" sx={{ minWidth: '5rem' }}>{translate('crm.duplicates.filters.level')}</Typography>
        <Chip label={translate('crm.duplicates.filters.all')} color={!value.level ? 'primary' : 'default'} onClick={() => onChange({ ...value, level: undefined })} />
        {LEVELS.map((l) => (
          <Chip key={l} label={`${translate(`crm.duplicates.levels.${l}`)} ${counts?.by_level[l] ?? 0}`} color={value.level === l ? 'primary' : 'default'}
            onClick={() => onChange({ ...value, level: value.level === l ? undefined : l })} />
        ))}
      </Stack>
    </Stack>
  );
}
