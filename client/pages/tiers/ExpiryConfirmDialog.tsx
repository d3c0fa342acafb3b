import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { ExpiryPreview } from '../../loyalty/loyaltyApi';
import { formatDate, formatInteger } from '../../i18n/formats';

/** Points that lapse cannot come back by themselves: the counts of the preview, once more, before the run. */
export function ExpiryConfirmDialog({ open, preview, busy, onConfirm, onClose }: {
  open: boolean;
  preview: ExpiryPreview | null;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!preview) return null;
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} maxWidth="xs" fullWidth>
      <DialogTitle>{translate('crm.tiers.expiry.confirm_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {translate('crm.tiers.expiry.confirm', {
            cutoff: formatDate(preview.cutoff, locale),
            customers: formatInteger(preview.customers),
            points: formatInteger(preview.points),
          })}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" color="warning" onClick={onConfirm} disabled={busy}>
          {translate('crm.tiers.expiry.confirm_submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
