import FeedbackIcon from '@mui/icons-material/Feedback';
import { genericResource } from '../generic/genericResource';

export default genericResource({
  icon: FeedbackIcon,
  listColumns: ['title', 'customer_id', 'received_at', 'category', 'severity', 'status', 'department', 'handler_id'],
  alwaysOnFilters: ['status', 'severity'],
});
