import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** In use, hidden on screens, or retired: the field's state at a glance. */
export function FieldStatus() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const status = record.retired ? 'retired' : record.hidden ? 'hidden' : 'active';
  const color = status === 'active' ? 'success' : status === 'hidden' ? 'warning' : 'default';
  return <Chip size="small" variant="outlined" color={color} label={translate(`crm.custom_fields.status.${status}`)} />;
}
