import { Create, SimpleForm } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { createDefaults, formFields } from '../generic/columns';
import { InputGrid } from '../generic/InputGrid';
import { UserPasswordInput } from './UserPasswordInput';

/** The generic user form plus the first password, so the new colleague can sign in. */
export function UserCreate() {
  const meta = useResourceMeta('users');
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={createDefaults(meta)}>
        <InputGrid resource={meta} names={formFields(meta)} />
        <UserPasswordInput mode="create" />
      </SimpleForm>
    </Create>
  );
}
