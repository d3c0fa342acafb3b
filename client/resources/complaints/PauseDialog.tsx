import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { requestFailure } from '../../bulk/bulkErrors';
import { useComplaintPause } from './useComplaintCalls';

/** Pausing the SLA clock while waiting for the customer (a note says what for), or resuming it. */
export function PauseDialog({ id, paused, onClose }: { id: number; paused: boolean; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const call = useComplaintPause(id);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const title = translate(paused ? 'crm.complaints.actions.pause' : 'crm.complaints.actions.resume');
  const submit = () => call.mutate({ paused, note: note.trim() || null }, {
    onSuccess: () => {
      notify('crm.complaints.actions.done', { type: 'success', messageArgs: { step: title } });
      onClose();
    },
    onError: (e) => {
      const f = requestFailure(e);
      setError(f.fieldErrors.note ?? f.fieldErrors.paused_at ?? f.fieldErrors.status ?? f.message);
    },
  });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <TextField sx={{ mt: 1 }} fullWidth multiline required={paused} label={translate('crm.complaints.actions.note')} value={note}
          onChange={(e) => setNote(e.target.value)} error={Boolean(error)} helperText={error} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('crm.complaints.actions.cancel')}</Button>
        <Button variant="contained" onClick={submit} disabled={call.isPending}>{translate('crm.complaints.actions.save')}</Button>
      </DialogActions>
    </Dialog>
  );
}
