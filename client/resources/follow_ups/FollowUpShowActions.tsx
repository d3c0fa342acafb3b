import { EditButton, TopToolbar, useCanAccess, useRecordContext } from 'react-admin';
import { RecordFollowUpButton } from './RecordFollowUpButton';

/** The follow-up's toolbar: record the call first, edit beside it. */
export function FollowUpShowActions() {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'follow_ups', action: 'edit', record });
  return (
    <TopToolbar sx={{ gap: 1 }}>
      <RecordFollowUpButton variant="contained" />
      {canAccess && <EditButton />}
    </TopToolbar>
  );
}
