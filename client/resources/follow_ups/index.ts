import PhoneCallbackIcon from '@mui/icons-material/PhoneCallback';
import { genericResource } from '../generic/genericResource';

export default genericResource({
  icon: PhoneCallbackIcon,
  listColumns: ['due_date', 'customer_id', 'reason', 'channel', 'status', 'staff_id', 'outcome', 'overall_score', 'done_date'],
  alwaysOnFilters: ['status'],
});
