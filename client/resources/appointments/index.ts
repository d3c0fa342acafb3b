import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import { genericResource } from '../generic/genericResource';

export default genericResource({
  icon: EventAvailableIcon,
  listColumns: ['scheduled_at', 'customer_id', 'vehicle_id', 'appointment_type', 'status', 'advisor_id'],
  alwaysOnFilters: ['status'],
});
