import { AutocompleteInput, ReferenceInput, SelectInput, type Validator } from 'react-admin';
import { useMeta } from '../meta/MetaContext';

export interface ReferenceAutocompleteInputProps {
  source: string;
  /** the referenced resource */
  reference: string;
  validate?: Validator | Validator[];
  alwaysOn?: boolean;
  label?: string;
  helperText?: string | false;
}

/**
 * Picks a record of another resource by typing part of its name: the server's full-text `q` search
 * (names, pinyin, phone fragments) when the target is searchable, a plain select otherwise.
 */
export function ReferenceAutocompleteInput({ source, reference, validate, label, helperText }: ReferenceAutocompleteInputProps) {
  const target = useMeta().resources[reference];
  const titleSortable = target?.fields[target.title]?.sortable;
  const sort = target
    ? titleSortable
      ? { field: target.title, order: 'ASC' as const }
      : { field: target.defaultSort[0], order: target.defaultSort[1] }
    : undefined;
  return (
    <ReferenceInput source={source} reference={reference} sort={sort} perPage={target?.searchable ? 25 : 100}>
      {target?.searchable ? (
        <AutocompleteInput validate={validate} label={label} helperText={helperText} filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 200 }} />
      ) : (
        <SelectInput validate={validate} label={label} helperText={helperText} sx={{ minWidth: 200 }} />
      )}
    </ReferenceInput>
  );
}
