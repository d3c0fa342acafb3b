import RedeemIcon from '@mui/icons-material/Redeem';
import { genericResource } from '../generic/genericResource';

export default genericResource({
  icon: RedeemIcon,
  listColumns: ['redeemed_at', 'customer_id', 'gift_id', 'quantity', 'points', 'status', 'handled_by_id'],
  alwaysOnFilters: ['status'],
});
