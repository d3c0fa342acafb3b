import ChecklistIcon from '@mui/icons-material/Checklist';
import { genericResource } from '../generic/genericResource';
import { EventTaskList, TASK_COLUMNS } from './EventTaskList';

export default {
  ...genericResource({ icon: ChecklistIcon, listColumns: TASK_COLUMNS }),
  list: EventTaskList,
};
