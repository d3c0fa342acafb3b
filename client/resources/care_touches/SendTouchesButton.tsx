import { useState } from 'react';
import { Button } from '@mui/material';
import SendIcon from '@mui/icons-material/Send';
import { useListContext, useNotify, useRefresh, useTranslate } from 'react-admin';
import { refusalReason } from '../../pages/events/checkin/deskFeedback';
import { useGreetingCalls } from './greetingsApi';

/**
 * Sends the ticked touches through the gateway (the outbox by default) and marks them sent. A touch to a
 * customer without consent for its channel refuses the whole batch; the reason names the customer.
 */
export function SendTouchesButton() {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const calls = useGreetingCalls();
  const { selectedIds, onUnselectItems } = useListContext();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const s = await calls.send(selectedIds);
      notify('crm.greetings.sent', { type: s.failed.length ? 'warning' : 'success', messageArgs: { sent: s.sent, unchanged: s.unchanged, failed: s.failed.length } });
      onUnselectItems();
      refresh();
    } catch (e) {
      notify('crm.greetings.send_failed', { type: 'error', messageArgs: { reason: refusalReason(e) }, autoHideDuration: 10_000 });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="small" startIcon={<SendIcon />} disabled={busy || !selectedIds.length} onClick={() => void run()}>
      {translate('crm.greetings.send')}
    </Button>
  );
}
