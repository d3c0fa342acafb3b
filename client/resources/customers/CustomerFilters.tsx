import { useMemo, type ReactElement } from 'react';
import { DateInput, SearchInput, useTranslate } from 'react-admin';
import { EnumInput } from '../../inputs/EnumInput';
import { ReferenceAutocompleteInput } from '../../inputs/ReferenceAutocompleteInput';
import { LookupInput } from '../../lookups/LookupInput';
import { TierInput } from '../tiers/TierInput';
import { TierRunFilter } from './TierRunFilter';
import { useResourceMeta } from '../../meta/MetaContext';
import { filterInputs } from '../generic/filtersFor';
import { customFilterFields } from '../generic/columns';

/**
 * The customer list's filters: search (names, pinyin, phone fragments), tier, owner, region, type, stage, last
 * visit, and the fields an admin added; and, when the tier page sent the user here, the what-if group or run batch as a removable chip.
 * A consultant who sees only their own customers gets no owner filter: it could only name themselves.
 */
export function useCustomerFilters({ byOwner }: { byOwner: boolean }): ReactElement[] {
  const translate = useTranslate();
  const meta = useResourceMeta('customers');
  const placeholder = translate('crm.customers.search_placeholder');
  return useMemo(
    () => [
      <SearchInput key="q" source="q" alwaysOn placeholder={placeholder} sx={{ minWidth: { sm: 300 } }} />,
      <TierInput key="tier_id" source="tier_id" alwaysOn />,
      <TierRunFilter key="tier_run" source="tier_preview" alwaysOn />,
      ...(byOwner ? [<ReferenceAutocompleteInput key="owner_id" source="owner_id" reference="users" alwaysOn />] : []),
      <LookupInput key="region" source="region" lookup="region" />,
      <EnumInput key="customer_type" source="customer_type" list="customer_type" />,
      <EnumInput key="lifecycle_stage" source="lifecycle_stage" list="lifecycle_stage" />,
      <DateInput key="last_visit_date_gte" source="last_visit_date_gte" label="crm.customers.filters.last_visit_after" />,
      <DateInput key="last_visit_date_lte" source="last_visit_date_lte" label="crm.customers.filters.last_visit_before" />,
      // the fields an admin added, under "add filter"
      ...filterInputs(meta, customFilterFields(meta)),
    ],
    [placeholder, byOwner, meta],
  );
}
