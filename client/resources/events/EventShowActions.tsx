import { Link as RouterLink } from 'react-router-dom';
import { Button } from '@mui/material';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import ListAltIcon from '@mui/icons-material/ListAlt';
import { EditButton, TopToolbar, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { PAGE_PATHS } from '../../pages/pagePaths';
import { InviteButton } from './InviteButton';

/** The event's own actions beside Edit: open the check-in desk, the printable invitation list, invite customers. */
export function EventShowActions() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess: canInvite } = useCanAccess({ resource: 'event_participants', action: 'create' });
  const { canAccess: canEdit } = useCanAccess({ resource: 'events', action: 'edit', record });
  if (!record) return <TopToolbar />;
  return (
    <TopToolbar sx={{ flexWrap: 'wrap', gap: 1 }}>
      <Button component={RouterLink} to={PAGE_PATHS.checkIn.replace(':id', encodeURIComponent(String(record.id)))} startIcon={<HowToRegIcon />} variant="contained" size="small">
        {translate('crm.events.actions.check_in')}
      </Button>
      <Button component={RouterLink} to={PAGE_PATHS.invitations.replace(':id', encodeURIComponent(String(record.id)))} startIcon={<ListAltIcon />} size="small">
        {translate('crm.invitations.title')}
      </Button>
      {canInvite && <InviteButton eventId={Number(record.id)} />}
      {canEdit && <EditButton />}
    </TopToolbar>
  );
}
