import type { ReactElement } from 'react';
import { DateInput, NullableBooleanInput, NumberInput, SearchInput } from 'react-admin';
import type { ResourceMeta } from '../../meta/types';
import { EnumInput } from '../../inputs/EnumInput';
import { FilterBoundLabel } from '../../inputs/FilterBoundLabel';
import { ReferenceAutocompleteInput } from '../../inputs/ReferenceAutocompleteInput';
import { LookupInput } from '../../lookups/LookupInput';
import { TierInput } from '../tiers/TierInput';
import { filterFields } from './columns';
import { dayEnd, dayStart } from './dateBounds';

export interface FilterOptions {
  /** the search box's placeholder, already translated */
  searchPlaceholder: string;
  /** filters shown without "add filter" (the search box always is) */
  alwaysOn?: readonly string[];
}

/** One filter input per filterable field (dates as a from/to pair), plus the search box when the resource has one. */
export function filtersFor(resource: ResourceMeta, { searchPlaceholder, alwaysOn = [] }: FilterOptions): ReactElement[] {
  const out: ReactElement[] = [];
  if (resource.searchable) out.push(<SearchInput key="q" source="q" alwaysOn placeholder={searchPlaceholder} sx={{ minWidth: { sm: 300 } }} />);
  return [...out, ...filterInputs(resource, filterFields(resource), alwaysOn)];
}

/** The filter inputs of the named fields (a date or amount as a from/to pair), by their types. */
export function filterInputs(resource: ResourceMeta, names: readonly string[], alwaysOn: readonly string[] = []): ReactElement[] {
  const out: ReactElement[] = [];
  for (const name of names) {
    const field = resource.fields[name];
    const on = alwaysOn.includes(name);
    switch (field.type) {
      case 'enum':
        out.push(<EnumInput key={name} source={name} list={field.enum ?? ''} alwaysOn={on} />);
        break;
      case 'lookup':
        out.push(<LookupInput key={name} source={name} lookup={field.lookup ?? ''} alwaysOn={on} />);
        break;
      case 'json':
        // a multiple choice: the records holding the chosen value
        if (field.lookup) out.push(<LookupInput key={name} source={name} lookup={field.lookup} alwaysOn={on} />);
        break;
      case 'reference':
        out.push(
          field.reference === 'tiers' ? (
            <TierInput key={name} source={name} alwaysOn={on} />
          ) : (
            <ReferenceAutocompleteInput key={name} source={name} reference={field.reference ?? ''} alwaysOn={on} />
          ),
        );
        break;
      case 'boolean':
        out.push(<NullableBooleanInput key={name} source={name} alwaysOn={on} />);
        break;
      case 'integer':
      case 'number':
      case 'money':
        out.push(
          <NumberInput key={`${name}_gte`} source={`${name}_gte`} label={<FilterBoundLabel source={name} bound="from" />} alwaysOn={on} />,
          <NumberInput key={`${name}_lte`} source={`${name}_lte`} label={<FilterBoundLabel source={name} bound="to" />} alwaysOn={on} />,
        );
        break;
      case 'date':
      case 'datetime': {
        const moment = field.type === 'datetime';
        out.push(
          <DateInput
            key={`${name}_gte`}
            source={`${name}_gte`}
            label={<FilterBoundLabel source={name} bound="from" />}
            parse={moment ? dayStart : undefined}
            alwaysOn={on}
          />,
          <DateInput
            key={`${name}_lte`}
            source={`${name}_lte`}
            label={<FilterBoundLabel source={name} bound="to" />}
            parse={moment ? dayEnd : undefined}
            alwaysOn={on}
          />,
        );
        break;
      }
    }
  }
  return out;
}
