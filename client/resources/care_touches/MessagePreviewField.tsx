import { Tooltip, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';

/** The greeting's first words in the list, the whole message on hover; the gift after it. */
export function MessagePreviewField() {
  const record = useRecordContext();
  const message = record?.message ? String(record.message) : '';
  if (!message && !record?.gift) return null;
  return (
    <Tooltip title={message} placement="bottom-start">
      <Typography component="span" variant="body2" sx={{ display: 'block', maxWidth: 360, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
        {record?.gift ? `🎁 ${String(record.gift)} · ` : ''}{message}
      </Typography>
    </Tooltip>
  );
}
