import { useGetList, useGetRecordRepresentation, useTranslate } from 'react-admin';
import type { FieldMeta } from '../../meta/types';
import { useMeta } from '../../meta/MetaContext';
import { useLookupChoices } from '../../lookups/useLookups';

export interface QuickChoice {
  id: string | number;
  name: string;
}

const MANY = { pagination: { page: 1, perPage: 500 }, filter: {} };

/** The values a select cell offers: a fixed list, a lookup's entries, or the records a reference may point at. */
export function useQuickChoices(field: FieldMeta, current: unknown): QuickChoice[] {
  const translate = useTranslate();
  const { enums } = useMeta();
  const { choices: lookups } = useLookupChoices(field.lookup ?? '', current);
  const reference = field.reference ?? '';
  const represent = useGetRecordRepresentation(reference);
  const { data: records } = useGetList(reference || 'tiers', MANY, { enabled: field.type === 'reference' && !!reference });
  switch (field.type) {
    case 'enum':
      return (enums[field.enum ?? ''] ?? []).map((value) => ({ id: value, name: translate(`enums.${field.enum}.${value}`, { _: value }) }));
    case 'lookup':
      return lookups;
    case 'reference':
      return (records ?? []).map((record) => ({ id: record.id, name: String(represent(record)) }));
    default:
      return [];
  }
}
