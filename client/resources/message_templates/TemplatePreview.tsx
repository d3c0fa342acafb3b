import { Box, Paper, Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { useTranslate } from 'react-admin';
import CardGiftcardIcon from '@mui/icons-material/CardGiftcard';
import { fillPlaceholders } from './fillPlaceholders';

/** The message as a customer would read it, with sample values in the placeholders, while it is typed. */
export function TemplatePreview() {
  const translate = useTranslate();
  const body = useWatch({ name: 'body' }) as string | undefined;
  const gift = useWatch({ name: 'gift' }) as string | undefined;
  const sample = {
    name: translate('crm.greetings.preview.sample_name'), holiday: translate('crm.greetings.preview.sample_holiday'),
    model: translate('crm.greetings.preview.sample_model'), dealer: translate('crm.greetings.preview.sample_dealer'), years: 3,
  };
  return (
    <Box sx={{ width: '100%', maxWidth: 960, mb: 2 }}>
      <Typography variant="subtitle2" gutterBottom>{translate('crm.greetings.preview.heading')}</Typography>
      <Paper variant="outlined" sx={{ p: 2, bgcolor: 'action.hover', maxWidth: 420, borderRadius: 3 }}>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} color={body ? 'text.primary' : 'text.secondary'}>
          {body ? fillPlaceholders(body, sample) : translate('crm.greetings.preview.empty')}
        </Typography>
        {gift ? <Typography variant="caption" color="secondary" sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mt: 1 }}><CardGiftcardIcon sx={{ fontSize: 16 }} />{gift}</Typography> : null}
      </Paper>
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1 }}>{translate('crm.greetings.preview.hint')}</Typography>
    </Box>
  );
}
