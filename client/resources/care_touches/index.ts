import VolunteerActivismIcon from '@mui/icons-material/VolunteerActivism';
import { genericResource } from '../generic/genericResource';

export default genericResource({
  icon: VolunteerActivismIcon,
  listColumns: ['scheduled_date', 'customer_id', 'touch_type', 'holiday', 'channel', 'status', 'sent_date', 'staff_id'],
  alwaysOnFilters: ['status'],
});
