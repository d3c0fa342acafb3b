import { Card, CardActionArea, CardContent, Stack, Typography } from '@mui/material';
import PendingActionsIcon from '@mui/icons-material/PendingActions';
import { Link } from 'react-router-dom';
import { useGetList, useTranslate } from 'react-admin';
import { mayAccess } from '../../auth/access';
import { useProfile } from '../../auth/useProfile';
import { formatInteger } from '../../i18n/formats';
import { pendingAdjustmentsPath } from './links';

/** Manual point adjustments above the approval threshold waiting for a manager; a click opens them. */
export function PendingAdjustmentsCard() {
  const translate = useTranslate();
  const allowed = mayAccess(useProfile() ?? null, { action: 'list', resource: 'point_adjustments' });
  const { total, isPending, error } = useGetList(
    'point_adjustments',
    { filter: { status: 'pending' }, pagination: { page: 1, perPage: 1 } },
    { enabled: allowed },
  );
  if (!allowed || error) return null;
  return (
    <Card sx={{ minWidth: 0 }}>
      <CardActionArea component={Link} to={pendingAdjustmentsPath()} sx={{ height: '100%' }}>
        <CardContent sx={{ py: 1.5 }}>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
            <PendingActionsIcon color={total ? 'warning' : 'disabled'} />
            <Typography variant="h5" component="p" sx={{ fontWeight: 700 }} data-testid="pending-adjustments">
              {isPending ? '…' : formatInteger(total ?? 0)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {translate('crm.tiers.pending.label')}
            </Typography>
          </Stack>
        </CardContent>
      </CardActionArea>
    </Card>
  );
}
