import RedeemIcon from '@mui/icons-material/Redeem';
import type { ScreenSet } from '../types';
import { genericResource } from '../generic/genericResource';
import { REDEMPTION_COLUMNS, RedemptionList } from './RedemptionList';

const redemptions: ScreenSet = {
  ...genericResource({ icon: RedeemIcon, listColumns: REDEMPTION_COLUMNS, alwaysOnFilters: ['status'] }),
  list: RedemptionList,
};

export default redemptions;
