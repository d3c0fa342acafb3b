import { Create } from 'react-admin';
import { CustomFieldForm } from './CustomFieldForm';
import { toRequest } from './customFieldForm';
import { useFieldSaved } from './useFieldSaved';

const DEFAULTS = { resource: 'customers', type: 'text', required: false, hidden: false, retired: false };

/** A new custom field; the screens pick it up as soon as it is saved. */
export function CustomFieldCreate() {
  const saved = useFieldSaved('crm.custom_fields.saved');
  return (
    <Create transform={(values: Record<string, unknown>) => toRequest(values, 'create')} mutationOptions={{ onSuccess: () => void saved() }}>
      <CustomFieldForm mode="create" defaultValues={DEFAULTS} />
    </Create>
  );
}
