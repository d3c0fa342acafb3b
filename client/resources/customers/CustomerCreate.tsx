import { Create } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { createDefaults } from '../generic/columns';
import { CustomerForm } from './CustomerForm';

export function CustomerCreate() {
  const meta = useResourceMeta('customers');
  return (
    <Create redirect="show">
      <CustomerForm defaultValues={createDefaults(meta)} />
    </Create>
  );
}
