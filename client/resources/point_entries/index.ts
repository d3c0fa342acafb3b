import TollIcon from '@mui/icons-material/Toll';
import type { ScreenSet } from '../types';
import { genericResource } from '../generic/genericResource';

const { list, show, icon, listColumns } = genericResource({
  icon: TollIcon,
  listColumns: ['created_at', 'customer_id', 'points', 'qualifying_points', 'reason', 'note', 'author_id'],
  alwaysOnFilters: ['reason'],
});

/**
 * The ledger is written by the server alone (earnings, redemptions, expiry, approved adjustments, reversals):
 * no create or edit screens; a wrong entry is reversed from the customer's points tab.
 */
const point_entries: ScreenSet = { list, show, icon, listColumns };

export default point_entries;
