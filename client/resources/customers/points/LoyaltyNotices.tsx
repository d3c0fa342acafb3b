import { Alert, Link, Stack } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDate, formatInteger } from '../../../i18n/formats';
import type { CustomerLoyalty } from '../../../loyalty/loyaltyApi';
import { useProfile } from '../../../auth/useProfile';

/** What needs attention: below the tier's threshold (grace policy), points about to expire, adjustments awaiting approval. */
export function LoyaltyNotices({ loyalty }: { loyalty: CustomerLoyalty }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const canOpenQueue = useProfile()?.access.point_adjustments?.includes('read') ?? false;
  const pendingPath = `/point_adjustments?filter=${encodeURIComponent(JSON.stringify({ customer_id: loyalty.customer_id, status: 'pending' }))}`;
  const notices = [
    loyalty.below_since && (
      <Alert key="below" severity="warning">
        {translate('crm.points.summary.below_since', { date: formatDate(loyalty.below_since, locale) })}
      </Alert>
    ),
    loyalty.expiring.points > 0 && (
      <Alert key="expiring" severity="info">
        {translate('crm.points.summary.expiring', {
          points: formatInteger(loyalty.expiring.points),
          date: formatDate(loyalty.expiring.on, locale),
        })}
      </Alert>
    ),
    loyalty.pending_adjustments > 0 && (
      <Alert key="pending" severity="info" data-testid="pending-adjustments">
        {canOpenQueue ? (
          <Link component={RouterLink} to={pendingPath}>
            {translate('crm.points.summary.pending', { smart_count: loyalty.pending_adjustments })}
          </Link>
        ) : (
          translate('crm.points.summary.pending', { smart_count: loyalty.pending_adjustments })
        )}
      </Alert>
    ),
  ].filter(Boolean);
  if (!notices.length) return null;
  return (
    <Stack spacing={1} sx={{ mt: 2 }}>
      {notices}
    </Stack>
  );
}
