import CelebrationIcon from '@mui/icons-material/Celebration';
import { genericResource } from '../generic/genericResource';

/** The holidays greetings are prepared for, by date (the lunar ones move each year). */
export default genericResource({
  icon: CelebrationIcon,
  listColumns: ['day', 'holiday', 'note'],
  alwaysOnFilters: ['holiday'],
});
