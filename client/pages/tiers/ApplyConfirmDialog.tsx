import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, List, ListItem, ListItemText } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { PreviewResult } from '../../loyalty/loyaltyApi';
import { formatInteger } from '../../i18n/formats';

interface ApplyConfirmDialogProps {
  open: boolean;
  preview: PreviewResult | null;
  /** how many values of the rules change (0: recalculate under the rules in force, no new version) */
  changes: number;
  nextVersion: number;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** The last chance before members move: the what-if's counts, the mode, and whether a new rules version is saved. */
export function ApplyConfirmDialog({ open, preview, changes, nextVersion, busy, onConfirm, onClose }: ApplyConfirmDialogProps) {
  const translate = useTranslate();
  if (!preview) return null;
  const rows = (['up', 'down', 'held'] as const).map((key) => ({ key, count: preview[key] }));
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} maxWidth="xs" fullWidth>
      <DialogTitle>{translate('crm.tiers.confirm.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {translate('crm.tiers.confirm.intro', {
            mode: translate(`crm.tiers.mode.${preview.mode}`),
            customers: formatInteger(preview.customers),
          })}
        </DialogContentText>
        <List dense data-testid="apply-confirm-counts">
          {rows.map(({ key, count }) => (
            <ListItem key={key} disableGutters>
              <ListItemText primary={translate(`crm.tiers.confirm.${key}`, { count: formatInteger(count) })} />
            </ListItem>
          ))}
        </List>
        <DialogContentText variant="body2">
          {changes > 0 ? translate('crm.tiers.confirm.new_version', { version: nextVersion }) : translate('crm.tiers.confirm.same_rules')}
        </DialogContentText>
        {preview.up > 0 && (
          <DialogContentText variant="body2" sx={{ mt: 1 }}>
            {translate('crm.tiers.confirm.greetings')}
          </DialogContentText>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" onClick={onConfirm} disabled={busy}>
          {translate('crm.tiers.confirm.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
