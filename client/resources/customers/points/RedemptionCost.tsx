import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { formatInteger } from '../../../i18n/formats';
import { redemptionCost, type GiftOption } from './pointsRules';

/** Points needed for the chosen gift and quantity against the balance; says how many are missing when short. */
export function RedemptionCost({ gifts, balance }: { gifts: readonly GiftOption[]; balance: number }) {
  const translate = useTranslate();
  const giftId = useWatch({ name: 'gift_id' });
  const quantity = useWatch({ name: 'quantity' });
  const gift = gifts.find((g) => g.id === giftId);
  const { needed, after } = redemptionCost(gift?.points_price, quantity, balance);
  const rows: [string, number, boolean][] = [
    ['crm.points.redeem.needed', needed, false],
    ['crm.points.redeem.balance', balance, false],
    ['crm.points.redeem.after', after, after < 0],
  ];
  return (
    <Box sx={{ mt: 1 }} data-testid="redemption-cost">
      <Box sx={{ display: 'grid', gridTemplateColumns: 'auto auto', justifyContent: 'start', columnGap: 3, rowGap: 0.5 }}>
        {rows.map(([label, value, bad]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography variant="body2" color="text.secondary">
              {translate(label)}
            </Typography>
            <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', textAlign: 'right', color: bad ? 'error.main' : undefined, fontWeight: 500 }}>
              {formatInteger(value)}
            </Typography>
          </Box>
        ))}
      </Box>
      {after < 0 && (
        <Typography variant="body2" color="error" sx={{ mt: 1 }} role="alert">
          {translate('crm.points.redeem.short', { points: formatInteger(-after) })}
        </Typography>
      )}
    </Box>
  );
}
