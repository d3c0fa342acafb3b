import { Box, Typography } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';

/** The field's label in the reader's language, its key underneath. */
export function FieldLabel() {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Box>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {String(locale === 'en' ? record.label_en : record.label_zh)}
      </Typography>
      <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
        {String(record.key)}
      </Typography>
    </Box>
  );
}
