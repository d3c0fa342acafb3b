import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { genericResource } from '../generic/genericResource';
import type { ScreenSet } from '../types';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';

const generated = genericResource({
  icon: ManageAccountsIcon,
  listColumns: ['name', 'username', 'role', 'department', 'phone', 'email', 'active'],
  related: [
    { resource: 'customers', target: 'owner_id' },
    { resource: 'follow_ups', target: 'staff_id' },
    { resource: 'complaints', target: 'handler_id' },
    { resource: 'appointments', target: 'advisor_id' },
    { resource: 'event_tasks', target: 'responsible_id' },
  ],
  recordRepresentation: 'name',
});

/** Generated list and detail page; hand-made forms only to ask for the password the server never sends back. */
const users: ScreenSet = { ...generated, create: UserCreate, edit: UserEdit };

export default users;
