import CelebrationIcon from '@mui/icons-material/Celebration';
import { genericResource } from '../generic/genericResource';

export default genericResource({
  icon: CelebrationIcon,
  listColumns: ['title', 'event_type', 'start_at', 'place', 'status', 'capacity', 'budget', 'owner_id'],
  alwaysOnFilters: ['status'],
});
