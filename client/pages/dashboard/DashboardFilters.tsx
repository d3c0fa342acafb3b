import { MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useGetList, useLocaleState, useTranslate } from 'react-admin';
import { useLookupChoices } from '../../lookups/useLookups';
import { tierName } from '../tiers/tierNames';
import { presetOf, presetRange, RANGE_PRESETS, type RangePreset } from './dateRange';
import type { KpiQuery } from './dashboardApi';

/** The dashboard's filters: a range always set, the rest optional. */
export type DashboardFilterValues = Required<Pick<KpiQuery, 'from' | 'to'>> & Omit<KpiQuery, 'from' | 'to'>;

export interface DashboardFiltersProps {
  value: DashboardFilterValues;
  onChange: (value: DashboardFilterValues) => void;
  today: string;
  /** managers may narrow to one consultant's customers; a consultant only ever sees their own */
  showOwner: boolean;
}

// the theme makes text fields full width for forms; here they sit side by side, two a row on a phone
const FIELD = { size: 'small', margin: 'none', fullWidth: false, sx: { width: { xs: 'calc(50% - 6px)', sm: 160 } } } as const;
// wide enough for the longest English label ("Sales consultant") beside the arrow
const SELECT = { ...FIELD, sx: { width: { xs: 'calc(50% - 6px)', sm: 190 } } } as const;

/** Date range with presets (本月, 近30天, 本季度, 今年) or picked by hand, region, tier and, for managers, the consultant. */
export function DashboardFilters({ value, onChange, today, showOwner }: DashboardFiltersProps) {
  const translate = useTranslate();
  const t = (key: string) => translate(`crm.dashboard.filters.${key}`);
  const [locale] = useLocaleState();
  const { choices: regions } = useLookupChoices('region');
  const { data: tiers = [] } = useGetList('tiers', { pagination: { page: 1, perPage: 100 }, sort: { field: 'rank', order: 'ASC' } });
  const { data: owners = [] } = useGetList(
    'users',
    { pagination: { page: 1, perPage: 200 }, sort: { field: 'name', order: 'ASC' }, filter: { role: 'sales_consultant', active: true } },
    { enabled: showOwner },
  );
  const set = (change: Partial<DashboardFilterValues>) => onChange({ ...value, ...change });
  const numberOrUndefined = (v: string) => (v === '' ? undefined : Number(v));
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1.5, alignItems: 'center' }} data-testid="dashboard-filters">
      <ToggleButtonGroup
        size="small" exclusive value={presetOf(value, today)}
        sx={{ width: { xs: '100%', sm: 'auto' }, '& .MuiToggleButton-root': { flex: { xs: 1, sm: 'none' }, textTransform: 'none', whiteSpace: 'nowrap', px: 1.25 } }}
        onChange={(_, preset: RangePreset | null) => preset && set(presetRange(preset, today))}
      >
        {RANGE_PRESETS.map((preset) => <ToggleButton key={preset} value={preset}>{t(`presets.${preset}`)}</ToggleButton>)}
      </ToggleButtonGroup>
      <TextField
        {...FIELD} type="date" label={t('from')} value={value.from}
        onChange={(e) => e.target.value && set({ from: e.target.value })}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: value.to } }}
      />
      <TextField
        {...FIELD} type="date" label={t('to')} value={value.to}
        onChange={(e) => e.target.value && set({ to: e.target.value })}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: value.from } }}
      />
      <TextField {...SELECT} select label={t('region')} value={value.region ?? ''} onChange={(e) => set({ region: e.target.value || undefined })}>
        <MenuItem value="">{t('all')}</MenuItem>
        {regions.map((r) => <MenuItem key={String(r.id)} value={String(r.id)}>{r.name}</MenuItem>)}
      </TextField>
      <TextField {...SELECT} select label={t('tier')} value={value.tier_id ?? ''} onChange={(e) => set({ tier_id: numberOrUndefined(e.target.value) })}>
        <MenuItem value="">{t('all')}</MenuItem>
        {tiers.map((tier) => (
          <MenuItem key={tier.id} value={tier.id}>{tierName({ name: String(tier.name), name_en: tier.name_en as string | null }, locale)}</MenuItem>
        ))}
      </TextField>
      {showOwner && (
        <TextField {...SELECT} select label={t('owner')} value={value.owner_id ?? ''} onChange={(e) => set({ owner_id: numberOrUndefined(e.target.value) })}>
          <MenuItem value="">{t('all')}</MenuItem>
          {owners.map((user) => <MenuItem key={user.id} value={user.id}>{String(user.name)}</MenuItem>)}
        </TextField>
      )}
    </Stack>
  );
}
