import { useState } from 'react';
import { Button } from '@mui/material';
import RedeemIcon from '@mui/icons-material/Redeem';
import TuneIcon from '@mui/icons-material/Tune';
import { useTranslate } from 'react-admin';
import { AdjustPointsDialog } from './AdjustPointsDialog';
import { canSpendOrAdjust } from './pointsRules';
import { RedeemDialog } from './RedeemDialog';
import { useCustomerLoyalty } from './useCustomerLoyalty';
import { useRole } from './useRole';

/** "兑换礼品" and "积分调整" for the CS team, each opening its dialog. */
export function PointsActions({ customerId }: { customerId: number }) {
  const translate = useTranslate();
  const role = useRole();
  const { data: loyalty } = useCustomerLoyalty(customerId);
  const [open, setOpen] = useState<'redeem' | 'adjust' | null>(null);
  if (!canSpendOrAdjust(role)) return null;
  const close = () => setOpen(null);
  return (
    <>
      <Button variant="contained" size="small" startIcon={<RedeemIcon />} onClick={() => setOpen('redeem')}>
        {translate('crm.points.redeem.button')}
      </Button>
      <Button variant="outlined" size="small" startIcon={<TuneIcon />} onClick={() => setOpen('adjust')}>
        {translate('crm.points.adjust.button')}
      </Button>
      {open === 'redeem' && <RedeemDialog customerId={customerId} balance={loyalty?.balance ?? 0} onClose={close} />}
      {open === 'adjust' && <AdjustPointsDialog customerId={customerId} onClose={close} />}
    </>
  );
}
