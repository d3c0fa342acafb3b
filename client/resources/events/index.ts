import CelebrationIcon from '@mui/icons-material/Celebration';
import type { ScreenSet } from '../types';
import { genericResource } from '../generic/genericResource';
import { EventShow } from './EventShow';

const events: ScreenSet = {
  ...genericResource({
    icon: CelebrationIcon,
    listColumns: ['title', 'event_type', 'start_at', 'place', 'status', 'capacity', 'budget', 'owner_id'],
    alwaysOnFilters: ['status'],
  }),
  show: EventShow,
};

export default events;
