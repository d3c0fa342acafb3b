import TollIcon from '@mui/icons-material/Toll';
import { genericResource } from '../generic/genericResource';

export default genericResource({
  icon: TollIcon,
  listColumns: ['created_at', 'customer_id', 'points', 'reason', 'note', 'author_id'],
});
