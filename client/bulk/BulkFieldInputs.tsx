import { Stack } from '@mui/material';
import { TextArrayInput, useTranslate } from 'react-admin';
import type { ResourceMeta } from '../meta/types';
import { inputFor } from '../resources/generic/inputFor';
import { ADD, isListField, REMOVE } from './bulkFields';

/**
 * The inputs of the chosen fields, from the same meta-driven inputs as the edit form; a list field (tags)
 * gets "add" and "remove" inputs instead of one that would replace every record's list.
 */
export function BulkFieldInputs({ resource, fields }: { resource: ResourceMeta; fields: readonly string[] }) {
  const translate = useTranslate();
  return (
    <Stack>
      {fields.map((name) => {
        const field = resource.fields[name];
        if (!isListField(field)) return inputFor(name, field);
        const label = translate(`resources.${resource.name}.fields.${name}`, { _: name });
        return (
          <Stack key={name} direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }}>
            <TextArrayInput source={`${ADD}.${name}`} label={translate('crm.bulk.edit.add_values', { field: label })} />
            <TextArrayInput source={`${REMOVE}.${name}`} label={translate('crm.bulk.edit.remove_values', { field: label })} />
          </Stack>
        );
      })}
    </Stack>
  );
}
