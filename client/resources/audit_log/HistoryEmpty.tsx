import { Box, Typography } from '@mui/material';
import HistoryIcon from '@mui/icons-material/History';
import { useTranslate } from 'react-admin';

/** A record with no entry yet (created before the trail was turned on, never changed since). */
export function HistoryEmpty() {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', py: 6, px: 2, color: 'text.secondary' }}>
      <HistoryIcon sx={{ fontSize: 56, color: 'action.disabled', mb: 1 }} />
      <Typography variant="subtitle1" component="p" sx={{ color: 'text.primary', fontWeight: 500 }}>
        {translate('crm.audit.empty.title')}
      </Typography>
      <Typography variant="body2" sx={{ maxWidth: 420, mx: 'auto', mt: 0.5 }}>
        {translate('crm.audit.empty.body')}
      </Typography>
    </Box>
  );
}
