import { useState, type MouseEvent } from 'react';
import { Box, Button } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { Confirm, useNotify, useRecordContext, useRefresh, useTranslate, useUpdate } from 'react-admin';
import { useProfile } from '../../auth/useProfile';
import { formatInteger } from '../../i18n/formats';
import { nextRedemptionStatuses } from '../customers/points/pointsRules';
import { rowButtonSx } from '../customers/points/rowButtonSx';
import { failureText } from '../customers/points/submitErrors';

interface Redemption {
  id: number;
  status: string;
  points: number;
}

/**
 * Hand a requested redemption over (fulfilled) or cancel it (the server gives the points back and restores the
 * stock); for roles that may change redemptions.
 */
export function RedemptionStatusButtons() {
  const record = useRecordContext<Redemption>();
  const profile = useProfile();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate();
  const [confirming, setConfirming] = useState(false);
  if (!record || !profile?.access.redemptions?.includes('update')) return null;
  const next = nextRedemptionStatuses(record.status);
  if (!next.length) return null;
  const change = (status: 'fulfilled' | 'cancelled') =>
    update(
      'redemptions',
      { id: record.id, data: { status }, previousData: record },
      {
        onSuccess: () => {
          notify(`crm.points.redemptions.${status}`, { type: 'success' });
          setConfirming(false);
          refresh();
        },
        onError: (error) => {
          setConfirming(false);
          notify(failureText(error), { type: 'error' });
        },
      },
    );
  const stop = (e: MouseEvent) => e.stopPropagation();
  return (
    <Box component="span" sx={{ display: 'inline-flex', gap: 0.5 }} onClick={stop}>
      {next.includes('fulfilled') && (
        <Button size="small" sx={rowButtonSx} startIcon={<CheckIcon />} disabled={isPending} onClick={() => change('fulfilled')}>
          {translate('crm.points.redemptions.fulfil')}
        </Button>
      )}
      {next.includes('cancelled') && (
        <Button size="small" sx={rowButtonSx} color="error" startIcon={<CloseIcon />} disabled={isPending} onClick={() => setConfirming(true)}>
          {translate('crm.points.redemptions.cancel')}
        </Button>
      )}
      <Confirm
        isOpen={confirming}
        loading={isPending}
        title="crm.points.redemptions.cancel_title"
        content="crm.points.redemptions.cancel_content"
        translateOptions={{ points: formatInteger(record.points) }}
        onConfirm={() => change('cancelled')}
        onClose={() => setConfirming(false)}
      />
    </Box>
  );
}
