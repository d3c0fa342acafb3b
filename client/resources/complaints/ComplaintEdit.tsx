import { Edit, SimpleForm } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { InputGrid } from '../generic/InputGrid';
import { complaintFormFields } from './complaintForm';

/** The complaint's own details; its status and what each step records change through the steps on its page. */
export function ComplaintEdit() {
  const resource = useResourceMeta('complaints');
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <InputGrid resource={resource} names={complaintFormFields(resource)} />
      </SimpleForm>
    </Edit>
  );
}
