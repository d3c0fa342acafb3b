import VolunteerActivismIcon from '@mui/icons-material/VolunteerActivism';
import { genericResource } from '../generic/genericResource';
import { CareTouchList } from './CareTouchList';

const generic = genericResource({
  icon: VolunteerActivismIcon,
  listColumns: ['scheduled_date', 'customer_id', 'touch_type', 'holiday', 'channel', 'status', 'sent_date', 'staff_id'],
  alwaysOnFilters: ['status'],
});

/** The list has its own screen (send, status chips, message preview); the rest is generated. */
export default { ...generic, list: CareTouchList };
