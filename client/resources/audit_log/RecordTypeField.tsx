import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** The type of the record an audit row is about, by its name in the menu (客户, 回访…). */
export function RecordTypeField() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.resource) return null;
  const name = String(record.resource);
  return (
    <Typography component="span" variant="inherit">
      {translate(`resources.${name}.name`, { smart_count: 1, _: name })}
    </Typography>
  );
}
