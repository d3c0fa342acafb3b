import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Review } from './duplicatesApi';
import { useKindLabel } from './RelatedCounts';

export interface MergeConfirmDialogProps {
  open: boolean;
  review: Review;
  changedFields: number;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** The last word before a merge: who is deleted into whom, what moves, how many fields change, that it is final. */
export function MergeConfirmDialog({ open, review, changedFields, busy, onConfirm, onClose }: MergeConfirmDialogProps) {
  const translate = useTranslate();
  const kind = useKindLabel();
  const moving = review.counts.filter((c) => c.remove > 0).map((c) => `${kind(c)} ${c.remove}`);
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} maxWidth="xs" fullWidth>
      <DialogTitle>{translate('crm.duplicates.confirm.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 1 }}>
          {translate('crm.duplicates.confirm.body', {
            removed: String(review.remove.name ?? ''), removed_id: String(review.remove.id), kept: String(review.keep.name ?? ''), kept_id: String(review.keep.id),
          })}
        </DialogContentText>
        <DialogContentText sx={{ mb: 1 }}>
          {moving.length ? translate('crm.duplicates.confirm.moves', { list: moving.join('、') }) : translate('crm.duplicates.confirm.nothing_moves')}
        </DialogContentText>
        {changedFields > 0 && <DialogContentText sx={{ mb: 1 }}>{translate('crm.duplicates.confirm.changes', { smart_count: changedFields })}</DialogContentText>}
        <Alert severity="warning">{translate('crm.duplicates.confirm.final')}</Alert>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" color="warning" onClick={onConfirm} loading={busy}>{translate('crm.duplicates.confirm.confirm')}</Button>
      </DialogActions>
    </Dialog>
  );
}
