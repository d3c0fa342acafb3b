import { Edit } from 'react-admin';
import { CustomerForm } from './CustomerForm';

/** Pessimistic, so the server's field reasons and a stale version (409) show before the page moves on. */
export function CustomerEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <CustomerForm />
    </Edit>
  );
}
