import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { genericResource } from '../generic/genericResource';

/** Follow-up cadence rules (what starts a follow-up, how many days after, script and survey); managers edit them. */
export default genericResource({
  icon: EventRepeatIcon,
  listColumns: ['name', 'trigger', 'offset_days', 'window_days', 'reason', 'channel', 'survey_template_id', 'active', 'sort_order'],
  sort: { field: 'sort_order', order: 'ASC' },
});
