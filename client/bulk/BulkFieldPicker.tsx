import { Autocomplete, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface BulkFieldPickerProps {
  resource: string;
  options: readonly string[];
  value: readonly string[];
  onChange: (fields: string[]) => void;
}

/** Which fields the bulk edit changes; each chosen field then gets its input under the picker. */
export function BulkFieldPicker({ resource, options, value, onChange }: BulkFieldPickerProps) {
  const translate = useTranslate();
  const label = (name: string) => translate(`resources.${resource}.fields.${name}`, { _: name });
  return (
    <Autocomplete
      multiple
      options={[...options]}
      value={[...value]}
      onChange={(_event, fields) => onChange(fields)}
      getOptionLabel={label}
      filterSelectedOptions
      openOnFocus
      renderInput={(params) => <TextField {...params} label={translate('crm.bulk.edit.fields')} autoFocus />}
      sx={{ mb: 2 }}
    />
  );
}
