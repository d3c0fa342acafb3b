import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import { genericResource } from '../generic/genericResource';

export default genericResource({
  icon: CalendarMonthIcon,
  listColumns: ['year', 'title', 'status', 'budget', 'owner_id', 'q1_theme', 'q2_theme', 'q3_theme', 'q4_theme'],
});
