import { Create, SimpleForm } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { createDefaults } from '../generic/columns';
import { InputGrid } from '../generic/InputGrid';
import { complaintFormFields } from './complaintForm';

/** Receiving a complaint: it starts as received, its SLA deadlines set by the server. */
export function ComplaintCreate() {
  const resource = useResourceMeta('complaints');
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={createDefaults(resource)}>
        <InputGrid resource={resource} names={complaintFormFields(resource)} />
      </SimpleForm>
    </Create>
  );
}
