import TimelineIcon from '@mui/icons-material/Timeline';
import type { ScreenSet } from '../types';
import { genericResource } from '../generic/genericResource';

const { list, show, icon, listColumns } = genericResource({
  icon: TimelineIcon,
  listColumns: ['created_at', 'customer_id', 'from_tier_id', 'to_tier_id', 'direction', 'reason', 'points', 'author_id'],
  alwaysOnFilters: ['direction'],
});

/** Each customer's tier history, written by the server alone: read-only, no create or edit screens. */
const tier_changes: ScreenSet = { list, show, icon, listColumns, recordRepresentation: (record) => `#${String(record.id)}` };

export default tier_changes;
