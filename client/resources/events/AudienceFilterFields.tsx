import { Box, InputAdornment, TextField } from '@mui/material';
import { useGetList, useLocaleState, useTranslate } from 'react-admin';
import { useLookupChoices } from '../../lookups/useLookups';
import { languageTag } from '../../i18n/formats';
import { tierName } from '../../pages/tiers/tierNames';
import { AudienceMultiSelect } from './AudienceMultiSelect';
import { MONTHS, type AudienceConditions } from './audienceFilter';

const STAGES = ['potential', 'developing', 'growing', 'mature', 'churned'] as const;
const TYPES = ['prospect', 'owner', 'fleet'] as const;

export interface AudienceFilterFieldsProps {
  conditions: AudienceConditions;
  onChange: (change: Partial<AudienceConditions>) => void;
  /** reasons by filter name (`birthday_month`, …), already in words */
  errors: Record<string, string>;
}

/** The audience builder: tier, region, vehicle model, last visit, birthday month, lifecycle stage and customer type. */
export function AudienceFilterFields({ conditions: c, onChange, errors }: AudienceFilterFieldsProps) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: tiers = [] } = useGetList('tiers', { pagination: { page: 1, perPage: 100 }, sort: { field: 'rank', order: 'ASC' } });
  const { choices: regions } = useLookupChoices('region');
  const { choices: models } = useLookupChoices('vehicle_model');
  const monthName = new Intl.DateTimeFormat(languageTag(locale), { month: 'short', timeZone: 'UTC' });
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2, rowGap: 2, alignItems: 'start' }} data-testid="audience-builder">
      <AudienceMultiSelect
        label={translate('crm.audience.tiers')} value={c.tierIds} onChange={(tierIds) => onChange({ tierIds })} error={errors.tier_id} testId="audience-tiers"
        options={tiers.map((tier) => ({ id: Number(tier.id), name: tierName({ name: String(tier.name), name_en: tier.name_en as string | null }, locale) }))}
      />
      <AudienceMultiSelect label={translate('crm.audience.regions')} value={c.regions} options={regions} onChange={(regions) => onChange({ regions })} error={errors.region} testId="audience-regions" />
      <AudienceMultiSelect label={translate('crm.audience.models')} value={c.models} options={models} onChange={(models) => onChange({ models })} error={errors.vehicle_model} testId="audience-models" />
      <TextField
        size="small"
        fullWidth
        label={translate('crm.audience.not_visited')}
        value={c.notVisitedMonths}
        onChange={(e) => onChange({ notVisitedMonths: e.target.value })}
        error={Boolean(errors.not_visited_months)}
        helperText={errors.not_visited_months || translate('crm.audience.not_visited_hint')}
        slotProps={{
          input: { endAdornment: <InputAdornment position="end">{translate('crm.audience.months_unit')}</InputAdornment> },
          htmlInput: { inputMode: 'numeric', 'data-testid': 'audience-not-visited' },
        }}
      />
      <AudienceMultiSelect
        label={translate('crm.audience.birthday_months')} value={c.birthdayMonths} onChange={(birthdayMonths) => onChange({ birthdayMonths })} error={errors.birthday_month} testId="audience-birthday"
        options={MONTHS.map((m) => ({ id: m, name: monthName.format(new Date(Date.UTC(2000, m - 1, 1))) }))}
      />
      <AudienceMultiSelect
        label={translate('crm.audience.stages')} value={c.stages} onChange={(stages) => onChange({ stages })} error={errors.lifecycle_stage} testId="audience-stages"
        options={STAGES.map((s) => ({ id: s, name: translate(`enums.lifecycle_stage.${s}`, { _: s }) }))}
      />
      <AudienceMultiSelect
        label={translate('crm.audience.types')} value={c.types} onChange={(types) => onChange({ types })} error={errors.customer_type} testId="audience-types"
        options={TYPES.map((s) => ({ id: s, name: translate(`enums.customer_type.${s}`, { _: s }) }))}
      />
    </Box>
  );
}
