import { Box, LinearProgress, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatInteger } from '../../../i18n/formats';
import type { CustomerLoyalty } from '../../../loyalty/loyaltyApi';
import { progressPercent } from './pointsRules';

/** How far the customer is from the next tier: a bar and "还差 X 积分晋升金卡", or that the top tier is reached. */
export function TierProgress({ loyalty }: { loyalty: CustomerLoyalty }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const next = loyalty.next_tier;
  const percent = progressPercent(loyalty);
  const text = next
    ? translate('crm.points.summary.to_next', {
        points: formatInteger(next.missing),
        tier: locale === 'en' && next.name_en ? next.name_en : next.name,
      })
    : translate('crm.points.summary.top_tier');
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="body2" sx={{ mb: 0.75 }}>
        {text}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={percent}
        color={next ? 'primary' : 'success'}
        aria-label={text}
        sx={{ height: 8, borderRadius: 4 }}
      />
    </Box>
  );
}
