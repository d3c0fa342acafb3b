import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** Where a field's values come from: the lookup list of a choice, the kind of record a reference names. */
export function FieldSource() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const text = record.lookup
    ? translate(`enums.lookup_type.${String(record.lookup)}`, { _: String(record.lookup) })
    : record.reference
      ? translate(`enums.custom_reference_target.${String(record.reference)}`)
      : '';
  return (
    <Typography component="span" variant="body2">
      {text}
    </Typography>
  );
}
