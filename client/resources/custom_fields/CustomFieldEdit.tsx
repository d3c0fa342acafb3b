import { Edit, useRecordContext } from 'react-admin';
import type { CustomKind } from '../../../server/resources/types';
import { CustomFieldForm } from './CustomFieldForm';
import { defaultForForm, toRequest } from './customFieldForm';
import { useFieldSaved } from './useFieldSaved';

function EditForm() {
  const record = useRecordContext();
  if (!record) return null;
  // the stored default (text) as the default input of its kind holds it
  return <CustomFieldForm mode="edit" defaultValues={{ default_value: defaultForForm(record.type as CustomKind, record.default_value) }} />;
}

/** A field's settings; a change the stored values cannot take is refused beside the setting at fault. */
export function CustomFieldEdit() {
  const saved = useFieldSaved('crm.custom_fields.saved');
  return (
    <Edit
      mutationMode="pessimistic"
      transform={(values: Record<string, unknown>) => toRequest(values, 'edit')}
      mutationOptions={{ onSuccess: () => void saved() }}
    >
      <EditForm />
    </Edit>
  );
}
