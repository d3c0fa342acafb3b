import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { genericResource } from '../generic/genericResource';

export default genericResource({
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
