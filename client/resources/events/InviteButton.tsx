import { useState } from 'react';
import { Button } from '@mui/material';
import GroupAddIcon from '@mui/icons-material/GroupAdd';
import { useTranslate } from 'react-admin';
import { InviteDialog } from './InviteDialog';

/** 邀请客户: opens the invitation dialog afresh each time. */
export function InviteButton({ eventId }: { eventId: number }) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button startIcon={<GroupAddIcon />} size="small" onClick={() => setOpen(true)}>
        {translate('crm.events.actions.invite')}
      </Button>
      {open && <InviteDialog eventId={eventId} onClose={() => setOpen(false)} />}
    </>
  );
}
