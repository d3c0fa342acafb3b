import { useMemo, type ReactElement } from 'react';
import { useMediaQuery, type Theme } from '@mui/material';
import { DateInput, SelectInput, TextInput, useTranslate } from 'react-admin';
import { orderedResources } from '../../layout/menuGroups';
import { useMeta } from '../../meta/MetaContext';
import { EnumInput } from '../../inputs/EnumInput';
import { FilterBoundLabel } from '../../inputs/FilterBoundLabel';
import { ReferenceAutocompleteInput } from '../../inputs/ReferenceAutocompleteInput';
import { dayEnd, dayStart } from '../generic/dateBounds';

/**
 * Who, what kind of record, which action, from when to when; record and batch filters come from the links of an
 * entry's page ("all entries of this record", "same bulk change"), so they are offered but not always shown.
 */
export function useAuditLogFilters(): ReactElement[] {
  // on a phone five inputs would push the list below the fold: there they wait behind the filter button
  const alwaysOn = !useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const meta = useMeta();
  const translate = useTranslate();
  return useMemo(() => {
    const types = orderedResources(meta)
      .filter((name) => name !== 'audit_log')
      .map((name) => ({ id: name, name: translate(`resources.${name}.name`, { smart_count: 1 }) }));
    return [
      <ReferenceAutocompleteInput key="user_id" source="user_id" reference="users" alwaysOn={alwaysOn} />,
      <SelectInput key="resource" source="resource" choices={types} translateChoice={false} alwaysOn={alwaysOn} sx={{ minWidth: 160 }} />,
      <EnumInput key="action" source="action" list="audit_action" alwaysOn={alwaysOn} sx={{ minWidth: 140 }} />,
      <DateInput key="created_at_gte" source="created_at_gte" label={<FilterBoundLabel source="created_at" bound="from" />} parse={dayStart} alwaysOn={alwaysOn} />,
      <DateInput key="created_at_lte" source="created_at_lte" label={<FilterBoundLabel source="created_at" bound="to" />} parse={dayEnd} alwaysOn={alwaysOn} />,
      <TextInput key="record_id" source="record_id" parse={(v: string) => (/^\d+$/.test(v) ? Number(v) : v)} />,
      <TextInput key="batch_id" source="batch_id" />,
    ];
  }, [meta, translate, alwaysOn]);
}
