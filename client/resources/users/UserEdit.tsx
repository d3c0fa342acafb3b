import { Edit, SimpleForm } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { formFields } from '../generic/columns';
import { InputGrid } from '../generic/InputGrid';
import { UserPasswordInput } from './UserPasswordInput';
import { withoutEmptyPassword } from './userPassword';

/**
 * The generic user form plus an optional new password. Pessimistic, like every edit: the server's reasons
 * (user name taken, the last administrator) show beside the fields before the page moves on.
 */
export function UserEdit() {
  const meta = useResourceMeta('users');
  return (
    <Edit mutationMode="pessimistic" redirect="show" transform={withoutEmptyPassword}>
      <SimpleForm>
        <InputGrid resource={meta} names={formFields(meta)} />
        <UserPasswordInput mode="edit" />
      </SimpleForm>
    </Edit>
  );
}
