import { Box, Tooltip, Typography } from '@mui/material';
import CardGiftcardIcon from '@mui/icons-material/CardGiftcard';
import { useRecordContext } from 'react-admin';

/** The greeting's first words in the list, the whole message on hover; the gift before it. */
export function MessagePreviewField() {
  const record = useRecordContext();
  const message = record?.message ? String(record.message) : '';
  if (!message && !record?.gift) return null;
  return (
    <Tooltip title={message} placement="bottom-start">
      <Typography component="span" variant="body2" sx={{ display: 'block', maxWidth: 360, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
        {record?.gift ? (
          <Box component="span" sx={{ color: 'secondary.main', mr: 0.5 }}>
            <CardGiftcardIcon sx={{ fontSize: 16, verticalAlign: 'text-bottom', mr: 0.25 }} />{String(record.gift)} ·
          </Box>
        ) : null}
        {message}
      </Typography>
    </Tooltip>
  );
}
