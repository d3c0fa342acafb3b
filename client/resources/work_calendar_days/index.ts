import EventBusyIcon from '@mui/icons-material/EventBusy';
import { genericResource } from '../generic/genericResource';

/** 工作日历: the public holidays and make-up working days the SLA clocks count by, one row per date. */
export default genericResource({
  icon: EventBusyIcon,
  listColumns: ['day', 'kind', 'name'],
  alwaysOnFilters: ['kind'],
  sort: { field: 'day', order: 'DESC' },
});
