import type { ReactNode } from 'react';
import { Alert, Box, Paper, Skeleton, Typography } from '@mui/material';
import { RecordContextProvider, useTranslate } from 'react-admin';
import { formatInteger } from '../../../i18n/formats';
import { TierField } from '../../tiers/TierField';
import { LoyaltyNotices } from './LoyaltyNotices';
import { basisMessage } from './pointsRules';
import { TierProgress } from './TierProgress';
import { useCustomerLoyalty } from './useCustomerLoyalty';

/** The points tab's header: balance and tier, qualifying points and the way to the next tier, then what needs attention. */
export function LoyaltySummary({ customerId, actions }: { customerId: number; actions?: ReactNode }) {
  const translate = useTranslate();
  const { data: loyalty, isPending, error } = useCustomerLoyalty(customerId);
  if (error) return <Alert severity="error">{translate('crm.points.summary.load_failed')}</Alert>;
  if (isPending) return <Skeleton variant="rounded" height={120} />;
  const [basisKey, basisArgs] = basisMessage(loyalty);
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          alignItems: 'center',
          gridTemplateColumns: { xs: '1fr 1fr', md: 'auto auto minmax(200px, 1fr) auto' },
        }}
      >
        <Box>
          <Typography variant="body2" color="text.secondary">
            {translate('crm.points.summary.balance')}
          </Typography>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            <Typography variant="h4" component="span" sx={{ fontVariantNumeric: 'tabular-nums' }} data-testid="points-balance">
              {formatInteger(loyalty.balance)}
            </Typography>
            {loyalty.tier_id === null ? (
              <Typography variant="body2" color="text.secondary">
                {translate('crm.points.summary.no_tier')}
              </Typography>
            ) : (
              <RecordContextProvider value={{ id: loyalty.customer_id, tier_id: loyalty.tier_id }}>
                <TierField source="tier_id" />
              </RecordContextProvider>
            )}
          </Box>
        </Box>
        <Box>
          <Typography variant="body2" color="text.secondary">
            {translate('crm.points.summary.qualifying')}
          </Typography>
          <Typography variant="h6" component="div" sx={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatInteger(loyalty.qualifying_points)}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {translate(basisKey, basisArgs)}
          </Typography>
        </Box>
        <Box sx={{ gridColumn: { xs: '1 / -1', md: 'auto' } }}>
          <TierProgress loyalty={loyalty} />
        </Box>
        {actions && (
          <Box sx={{ gridColumn: { xs: '1 / -1', md: 'auto' }, display: 'flex', gap: 1, flexWrap: 'wrap', justifyContent: { md: 'flex-end' } }}>
            {actions}
          </Box>
        )}
      </Box>
      <LoyaltyNotices loyalty={loyalty} />
    </Paper>
  );
}
