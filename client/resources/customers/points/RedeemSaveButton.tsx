import RedeemIcon from '@mui/icons-material/Redeem';
import { SaveButton } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { redemptionCost, type GiftOption } from './pointsRules';

/** The redeem dialog's save, off while the balance does not cover the choice (the server would refuse it anyway). */
export function RedeemSaveButton({ gifts, balance }: { gifts: readonly GiftOption[]; balance: number }) {
  const giftId = useWatch({ name: 'gift_id' });
  const quantity = useWatch({ name: 'quantity' });
  const { after } = redemptionCost(gifts.find((g) => g.id === giftId)?.points_price, quantity, balance);
  return <SaveButton label="crm.points.redeem.submit" icon={<RedeemIcon />} disabled={after < 0} />;
}
