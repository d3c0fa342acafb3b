import { MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useLookupChoices } from '../../../lookups/useLookups';
import { presetOf, presetRange, RANGE_PRESETS, type RangePreset } from '../../dashboard/dateRange';
import type { ComplaintQuery } from './complaintApi';

// side by side, two a row on a phone (the theme makes fields full width for forms)
const FIELD = { size: 'small', margin: 'none', fullWidth: false, sx: { width: { xs: 'calc(50% - 6px)', sm: 170 } } } as const;

/** The date the complaints were received (presets or by hand) and the customer's region; the dashboard's wording. */
export function ComplaintFilters({ value, onChange, today }: { value: ComplaintQuery; onChange: (v: ComplaintQuery) => void; today: string }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`crm.dashboard.filters.${key}`);
  const { choices: regions } = useLookupChoices('region');
  const set = (change: Partial<ComplaintQuery>) => onChange({ ...value, ...change });
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1.5, alignItems: 'center' }} data-testid="complaint-filters">
      <ToggleButtonGroup
        size="small" exclusive value={presetOf(value, today)}
        sx={{ width: { xs: '100%', sm: 'auto' }, '& .MuiToggleButton-root': { flex: { xs: 1, sm: 'none' }, textTransform: 'none', whiteSpace: 'nowrap', px: 1.25 } }}
        onChange={(_, preset: RangePreset | null) => preset && set(presetRange(preset, today))}
      >
        {RANGE_PRESETS.map((preset) => <ToggleButton key={preset} value={preset}>{t(`presets.${preset}`)}</ToggleButton>)}
      </ToggleButtonGroup>
      <TextField {...FIELD} type="date" label={t('from')} value={value.from} onChange={(e) => e.target.value && set({ from: e.target.value })}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: value.to } }} />
      <TextField {...FIELD} type="date" label={t('to')} value={value.to} onChange={(e) => e.target.value && set({ to: e.target.value })}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: value.from } }} />
      <TextField {...FIELD} select label={t('region')} value={value.region ?? ''} onChange={(e) => set({ region: e.target.value || undefined })}>
        <MenuItem value="">{t('all')}</MenuItem>
        {regions.map((r) => <MenuItem key={String(r.id)} value={String(r.id)}>{r.name}</MenuItem>)}
      </TextField>
    </Stack>
  );
}
