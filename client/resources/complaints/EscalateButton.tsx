import { Button } from '@mui/material';
import NotificationImportantIcon from '@mui/icons-material/NotificationImportant';
import { useNotify, useTranslate } from 'react-admin';
import { useProfile } from '../../auth/useProfile';
import { useEscalate } from './useComplaintCalls';

/** For managers: run the escalation sweep now rather than wait for the scheduler. */
export function EscalateButton() {
  const translate = useTranslate();
  const notify = useNotify();
  const role = useProfile()?.user.role;
  const escalate = useEscalate();
  if (role !== 'admin' && role !== 'cs_manager') return null;
  return (
    <Button size="small" startIcon={<NotificationImportantIcon />} disabled={escalate.isPending}
      onClick={() => escalate.mutate(undefined, { onSuccess: (r) => notify('crm.complaints.actions.escalated', { messageArgs: { count: r.escalated } }) })}>
      {translate('crm.complaints.actions.escalate')}
    </Button>
  );
}
