import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { RecordReference } from './RecordReference';

/** Who made the change of the audit row in context: the user's name, else the user name kept in the row. */
export function UserField({ link = false }: { link?: boolean }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const kept = (
    <Typography component="span" variant="inherit">
      {record.username || translate('crm.audit.system_user')}
    </Typography>
  );
  if (record.user_id == null) return kept;
  return <RecordReference reference="users" id={record.user_id as number} link={link} fallback={kept} />;
}
