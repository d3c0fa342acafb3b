import { useState, type MouseEvent } from 'react';
import { Button } from '@mui/material';
import PhoneInTalkIcon from '@mui/icons-material/PhoneInTalk';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { RecordDialog } from './RecordDialog';

/** 记录回访 on a pending follow-up (list row or show page); closed ones offer nothing. */
export function RecordFollowUpButton({ variant = 'text' }: { variant?: 'text' | 'contained' }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'follow_ups', action: 'edit', record });
  if (!record || !canAccess) return null;
  const stop = (e: MouseEvent) => e.stopPropagation();
  // the dialog stays while open: it shows what the save did after the record has turned done
  return (
    <span onClick={stop}>
      {record.status === 'pending' && (
        <Button size="small" variant={variant} startIcon={<PhoneInTalkIcon />} onClick={() => setOpen(true)} sx={{ whiteSpace: 'nowrap' }}>
          {translate('crm.followups.record.button')}
        </Button>
      )}
      {open && <RecordDialog followUp={record} open={open} onClose={() => setOpen(false)} />}
    </span>
  );
}
