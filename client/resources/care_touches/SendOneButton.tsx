import { useState, type MouseEvent } from 'react';
import { Button } from '@mui/material';
import SendIcon from '@mui/icons-material/Send';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { refusalReason } from '../../pages/events/checkin/deskFeedback';
import { useGreetingCalls } from './greetingsApi';

/** Sends one scheduled touch from its row (phones have no ticking of rows); the row itself still opens the touch. */
export function SendOneButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const calls = useGreetingCalls();
  const [busy, setBusy] = useState(false);
  if (!record || record.status !== 'scheduled') return null;
  const run = async (e: MouseEvent) => {
    // inside a list row: the click must not open the record
    e.preventDefault();
    e.stopPropagation();
    setBusy(true);
    try {
      const s = await calls.send([record.id]);
      notify('crm.greetings.sent', { type: s.failed.length ? 'warning' : 'success', messageArgs: { sent: s.sent, unchanged: s.unchanged, failed: s.failed.length } });
      refresh();
    } catch (err) {
      notify('crm.greetings.send_failed', { type: 'error', messageArgs: { reason: refusalReason(err) }, autoHideDuration: 10_000 });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="small" variant="outlined" startIcon={<SendIcon />} disabled={busy} onClick={(e) => void run(e)} sx={{ mt: 0.5 }}>
      {translate('crm.greetings.send')}
    </Button>
  );
}
