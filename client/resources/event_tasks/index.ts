import ChecklistIcon from '@mui/icons-material/Checklist';
import { genericResource } from '../generic/genericResource';

export default genericResource({
  icon: ChecklistIcon,
  listColumns: ['content', 'event_id', 'due_date', 'responsible_id', 'checker_id', 'status'],
  alwaysOnFilters: ['status'],
});
