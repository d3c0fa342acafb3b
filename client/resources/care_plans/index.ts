import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import { genericResource } from '../generic/genericResource';

export default genericResource({
  icon: AssignmentTurnedInIcon,
  listColumns: ['title', 'customer_id', 'segment_id', 'responsible_id', 'status', 'budget', 'start_date', 'end_date'],
});
